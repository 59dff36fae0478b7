export * from './logger';
export * from './kafka';
export * from './provision-topics';
export * from './cloud-event-headers';
export * from './to-kafka-message';
export * from './from-kafka-message';
export * from './event-relay';
export * from './integration-consumer';
export { backoffDelay, type BackoffOptions } from './backoff';
