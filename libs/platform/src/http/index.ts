export * from './route-of';
export * from './conditional-requests';
export * from './text-hygiene';
export * from './rate-limit';
export * from './idempotency';
export * from './is-calendar-date';
export * from './is-instant';
export * from './security-headers';
