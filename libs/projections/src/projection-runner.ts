import type { EventStore, RecordedEvent } from '@career/event-sourcing';
import { followInBatches } from '@career/event-store';
import { backoffDelay, errorField, silentLogger, sleepUnless, StopSignal, type Logger } from '@career/platform';
import type { Model } from 'mongoose';
import type { ResettableCheckpointStore } from './mongo-checkpoint-store';
import { isNamespaceNotFound } from './mongo-errors';

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
  /** Checkpoint name, e.g. `scheduling.meetings-by-advisor`. */
  name: string;
  store: EventStore;
  checkpoints: ResettableCheckpointStore;
  categories: readonly string[];
  projection: Projection;
  logger?: Logger;
  /** Events per checkpoint while live/catching up. Default 100. */
  batchSize?: number;
  /** Events per bulk write during rebuild. Default 500. */
  rebuildBatchSize?: number;
  /** How long a live batch waits for more events after the first. Default 20 ms. */
  maxBatchDelayMs?: number;
}

export type ProjectionStatus = 'idle' | 'running' | 'retrying' | 'rebuilding' | 'stopped' | 'failed';

export interface ProjectionHealth {
  name: string;
  status: ProjectionStatus;
  /** Global position of the last event applied and checkpointed. */
  checkpoint: number | undefined;
  applied: number;
  lastError?: string;
}

class StoppedError extends Error {
  override name = 'StoppedError';
}

/**
 * Feeds a read model from the service's own event store: catch-up subscription from the
 * checkpoint, apply, then checkpoint (so a crash replays, never skips; the revision guards make
 * the replay harmless). A failing apply is retried with backoff, never skipped.
 */
export class ProjectionRunner {
  private readonly logger: Logger;
  private stopSignal = new StopSignal();
  private loop: Promise<void> | undefined;
  private state: ProjectionHealth;

  constructor(private readonly options: ProjectionRunnerOptions) {
    this.logger = options.logger ?? silentLogger;
    this.state = { name: options.name, status: 'idle', checkpoint: undefined, applied: 0 };
  }

  /** Loads the checkpoint and starts following the store; resolves once running. */
  async start(): Promise<void> {
    if (this.loop) throw new Error(`projection ${this.options.name} already started`);
    this.stopSignal = new StopSignal();
    this.state.checkpoint = await this.options.checkpoints.load(this.options.name);
    this.state.status = 'running';
    this.logger.info({ projection: this.options.name, checkpoint: this.state.checkpoint ?? null }, 'projection started');
    this.loop = this.run();
  }

  /** Stops after the batch in hand is applied and checkpointed. */
  async stop(): Promise<void> {
    this.stopSignal.signal();
    await this.loop;
    this.loop = undefined;
    if (this.state.status !== 'failed') this.state.status = 'stopped';
  }

  /**
   * Rebuilds the read model from scratch: stop, drop the collections and the checkpoint, replay
   * the whole history with bulk writes, then continue live. Run it in one instance only: other
   * instances writing meanwhile would be dropped halfway.
   */
  async rebuild(): Promise<void> {
    await this.stop();
    this.stopSignal = new StopSignal();
    this.state.status = 'rebuilding';
    const { projection, checkpoints, name, store, categories } = this.options;
    const pageSize = this.options.rebuildBatchSize ?? 500;
    try {
      for (const model of projection.collections) {
        await model.collection.drop().catch((error: unknown) => {
          if (!isNamespaceNotFound(error)) throw error;
        });
        await model.createIndexes();
      }
      await checkpoints.reset(name);
      this.state.checkpoint = undefined;
      this.state.applied = 0;
      this.logger.info({ projection: name }, 'projection rebuild: collections dropped, replaying');

      for (;;) {
        const events = await store.readAll({ after: this.state.checkpoint, maxCount: pageSize, categories });
        if (events.length === 0) break;
        if (projection.applyBatch) await projection.applyBatch(events);
        else for (const event of events) await projection.apply(event);
        const position = events[events.length - 1].globalPosition;
        await checkpoints.store(name, position);
        this.state.checkpoint = position;
        this.state.applied += events.length;
      }
    } catch (error) {
      this.state.status = 'failed';
      this.state.lastError = errorField(error).message;
      this.logger.error({ projection: name, err: errorField(error) }, 'projection rebuild failed');
      throw error;
    }
    this.logger.info({ projection: name, applied: this.state.applied, checkpoint: this.state.checkpoint ?? null }, 'projection rebuilt');
    this.state.status = 'running';
    this.loop = this.run();
  }

  health(): ProjectionHealth {
    return { ...this.state };
  }

  private async run(): Promise<void> {
    const { store, categories, batchSize, maxBatchDelayMs } = this.options;
    for (let failures = 0; !this.stopSignal.stopped; ) {
      try {
        const follow = { after: this.state.checkpoint, categories, batchSize, maxBatchDelayMs, stop: this.stopSignal };
        await followInBatches(store, follow, async (events) => {
          for (const event of events) await this.retrying('apply', () => this.options.projection.apply(event));
          const position = events[events.length - 1].globalPosition;
          await this.retrying('checkpoint', () => this.options.checkpoints.store(this.options.name, position));
          this.state.checkpoint = position;
          this.state.applied += events.length;
          failures = 0;
        });
        return;
      } catch (error) {
        if (error instanceof StoppedError) return;
        failures++;
        this.state.status = 'retrying';
        this.state.lastError = errorField(error).message;
        this.logger.error({ projection: this.options.name, err: errorField(error), failures }, 'projection subscription failed; resubscribing');
        await sleepUnless(backoffDelay(failures), this.stopSignal.promise);
      }
    }
  }

  /** Retries `work` with backoff until it succeeds; gives up only when stopped. */
  private async retrying(what: string, work: () => Promise<void>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await work();
        if (this.state.status === 'retrying') this.state.status = 'running';
        return;
      } catch (error) {
        this.state.status = 'retrying';
        this.state.lastError = errorField(error).message;
        this.logger.error({ projection: this.options.name, what, attempt, err: errorField(error) }, 'projection step failed; retrying');
        if (await sleepUnless(backoffDelay(attempt), this.stopSignal.promise)) throw new StoppedError(`stopped while retrying ${what}`);
      }
    }
  }
}
