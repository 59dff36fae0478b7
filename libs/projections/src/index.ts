export * from './mongo-errors';
export * from './document-lock';
export * from './mongo-checkpoint-store';
export * from './apply-guarded';
export * from './guarded-update-op';
export * from './projection-runner';
export * from './nest/mongo.module';
export * from './nest/idempotency';
