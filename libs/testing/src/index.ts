export * from './service-process';
export * from './decider-spec';
export * from './tcp-proxy';
