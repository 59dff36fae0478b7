export * from './service-process';
export * from './decider-spec';
