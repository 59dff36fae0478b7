export * from './roles';
export * from './claims';
export * from './dev-key';
export * from './dev-token';
export * from './token-verifier';
export * from './decorators';
export * from './auth.guard';
export * from './auth.module';
