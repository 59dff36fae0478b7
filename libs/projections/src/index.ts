export * from './apply-guarded';
export * from './evolved-state';
export * from './guarded-update-op';
export * from './projection-runner';
export * from './nest/projections.module';
