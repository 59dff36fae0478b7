import type { EventStore, ParkedEventStore, RecordedEvent } from '@career/event-sourcing';
import { CheckpointedSubscriber, EventFailure, type SubscriberHealth } from '@career/event-store';
import { errorField, isNamespaceNotFound, silentLogger, type BackoffOptions, type Logger, type ResettableCheckpointStore } from '@career/platform';
import type { Model } from 'mongoose';

/** What the runner needs of a mongoose model: dropping and re-indexing its collection. */
export type ProjectionModel = Pick<Model<unknown>, 'collection' | 'createIndexes' | 'modelName'>;

export interface Projection {
  /** Every collection the projection writes: a rebuild drops and re-indexes them. */
  collections: readonly ProjectionModel[];
  /** Applies one event idempotently (see applyGuarded): it may see an event twice. */
  apply(event: RecordedEvent): Promise<void>;
  /**
   * Applies events in order with bulk writes (bulkWrite, ordered). Used by rebuild when given;
   * must leave the same documents as applying the events one by one.
   */
  applyBatch?(events: RecordedEvent[]): Promise<void>;
}

export interface ProjectionRunnerOptions {
  /** Checkpoint and subscriber name, e.g. `scheduling.agenda`. */
  name: string;
  store: EventStore;
  checkpoints: ResettableCheckpointStore;
  /** Where operators park an event the projection cannot apply. */
  parked?: ParkedEventStore;
  categories: readonly string[];
  projection: Projection;
  logger?: Logger;
  /** Events per checkpoint while live/catching up. Default 100. */
  batchSize?: number;
  /** Events per bulk write during rebuild. Default 500. */
  rebuildBatchSize?: number;
  /** How long a live batch waits for more events after the first. Default 0 (see followInBatches). */
  maxBatchDelayMs?: number;
  /** See CheckpointedSubscriberOptions.stuckAfterMs. */
  stuckAfterMs?: number;
  /** Backoff between attempts on a failing event. */
  retry?: BackoffOptions;
}

export type ProjectionHealth = Omit<SubscriberHealth, 'status'> & { status: SubscriberHealth['status'] | 'rebuilding' | 'failed' };

/**
 * Feeds a read model from the service's own event store on the checkpointed subscriber core:
 * apply each event, then checkpoint (so a crash replays, never skips; the revision guards make
 * the replay harmless). An event that fails is retried, reported, and can be parked by an
 * operator (see CheckpointedSubscriber). Rebuild drops the read model and replays it in bulk.
 */
export class ProjectionRunner {
  readonly subscriber: CheckpointedSubscriber;
  private readonly logger: Logger;
  private rebuilding: 'no' | 'yes' | 'failed' = 'no';
  private rebuildError: string | undefined;

  constructor(private readonly options: ProjectionRunnerOptions) {
    this.logger = options.logger ?? silentLogger;
    const { name, store, checkpoints, parked, categories, batchSize, maxBatchDelayMs, stuckAfterMs, retry } = options;
    this.subscriber = new CheckpointedSubscriber({
      name,
      store,
      checkpoints,
      parked,
      categories,
      logger: this.logger,
      batchSize,
      maxBatchDelayMs,
      stuckAfterMs,
      retry,
      handle: async (events) => {
        for (const event of events) {
          try {
            await options.projection.apply(event);
          } catch (error) {
            throw new EventFailure(event, error);
          }
        }
      },
    });
  }

  get name(): string {
    return this.options.name;
  }

  /** Loads the checkpoint and starts following the store; resolves once running. */
  start(): Promise<void> {
    return this.subscriber.start();
  }

  /** Stops after the batch in hand is applied and checkpointed. */
  stop(): Promise<void> {
    return this.subscriber.stop();
  }

  /**
   * Rebuilds the read model from scratch: stop, drop the collections and the checkpoint, replay
   * the whole history with bulk writes, then continue live. Run it in one instance only: other
   * instances writing meanwhile would be dropped halfway. Parked events stay parked.
   */
  async rebuild(): Promise<void> {
    await this.subscriber.stop();
    this.rebuilding = 'yes';
    const { projection, checkpoints, name, store, categories, parked } = this.options;
    const pageSize = this.options.rebuildBatchSize ?? 500;
    let position: number | undefined;
    let replayed = 0;
    try {
      for (const model of projection.collections) {
        await model.collection.drop().catch((error: unknown) => {
          if (!isNamespaceNotFound(error)) throw error;
        });
        await model.createIndexes();
      }
      await checkpoints.reset(name);
      const skipped = parked ? await parked.parkedIds(name) : new Set<string>();
      this.logger.info({ projection: name }, 'projection rebuild: collections dropped, replaying');
      for (;;) {
        const page = await store.readAll({ after: position, maxCount: pageSize, categories });
        if (page.length === 0) break;
        const events = page.filter((event) => !skipped.has(event.metadata.eventId));
        if (projection.applyBatch) await projection.applyBatch(events);
        else for (const event of events) await projection.apply(event);
        position = page[page.length - 1].globalPosition;
        replayed += page.length;
        await checkpoints.store(name, position);
      }
    } catch (error) {
      this.rebuilding = 'failed';
      this.rebuildError = errorField(error).message;
      this.logger.error({ projection: name, err: errorField(error) }, 'projection rebuild failed');
      throw error;
    }
    this.subscriber.resetPosition(position, replayed);
    this.rebuilding = 'no';
    this.logger.info({ projection: name, checkpoint: position ?? null }, 'projection rebuilt');
    await this.subscriber.start();
  }

  health(): ProjectionHealth {
    const health = this.subscriber.health();
    if (this.rebuilding === 'yes') return { ...health, status: 'rebuilding' };
    if (this.rebuilding === 'failed') return { ...health, status: 'failed', ...(this.rebuildError ? { lastError: this.rebuildError } : {}) };
    return health;
  }
}
