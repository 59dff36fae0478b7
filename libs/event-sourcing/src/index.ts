export * from './envelope';
export * from './decider';
export * from './upcasters';
export * from './event-store.port';
export * from './command-handling';
