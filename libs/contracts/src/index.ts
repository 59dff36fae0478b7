export * from './integration-event';
export * from './schema-registry';
export * from './client-intake/client-registered.v1';
