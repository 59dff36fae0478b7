export * from './mongo.module';
export * from './mongo-checkpoint-store';
export * from './mongo-errors';
export * from './document-lock';
export * from './mongo-parked-event-store';
export * from './mongo-consumed-event-log';
