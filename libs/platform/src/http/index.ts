export * from './route-of';
export * from './conditional-requests';
export * from './idempotency';
