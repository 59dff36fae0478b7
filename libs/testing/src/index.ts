export * from './service-process';
export * from './decider-spec';
export * from './tcp-proxy';
export * from './test-environment';
export * from './http-call';
export * from './identity-code';
export * from './contract-coverage';
export * from './in-process-service';
