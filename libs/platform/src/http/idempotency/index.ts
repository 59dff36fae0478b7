export * from './idempotency-store';
export * from './request-fingerprint';
export * from './idempotency.interceptor';
export * from './idempotent.decorator';
