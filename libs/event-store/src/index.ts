// The EventStore port lives in @career/event-sourcing (the core owns it); services import it
// from here together with the adapters.
export {
  WrongExpectedRevisionError,
  type ParkedEvent,
  type ParkedEventStore,
  type AppendResult,
  type CheckpointStore,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
} from '@career/event-sourcing';
export * from './event-store.errors';
export { SqliteEventStore, DEFAULT_SQLITE_PATH, type SqliteEventStoreOptions } from './sqlite/sqlite-event-store';
export { EsdbEventStore, type EsdbEventStoreOptions } from './esdb/esdb-event-store';
export { createEventStore, type EventStoreConfig } from './create-event-store';
export { EventStoreModule, EVENT_STORE } from './nest/event-store.module';
export { CommandSideModule } from './nest/command-side.module';
export { BatchPuller } from './subscription/batch-puller';
export { followInBatches, type FollowInBatchesOptions } from './subscription/follow-in-batches';
export * from './subscription/checkpointed-subscriber';
export { SubscriberRegistry, type RegisteredSubscriber } from './nest/subscriber-registry';
export { SubscribersModule } from './nest/subscribers.module';
/** The table definition, for tools that compare against plain SQLite (bench/event-store). */
export { EVENTS_TABLE_DDL } from './sqlite/sqlite-schema';
