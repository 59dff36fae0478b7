export * from './envelope';
export * from './decider';
export * from './error-catalogue';
export * from './upcasters';
export * from './event-store.port';
export * from './command-context';
export * from './command-side';
