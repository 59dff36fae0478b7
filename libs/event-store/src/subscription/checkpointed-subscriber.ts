import type { CheckpointStore, EventStore, ParkedEventStore, RecordedEvent } from '@career/event-sourcing';
import { backoffDelay, errorField, silentLogger, sleepUnless, StopSignal, type BackoffOptions, type Logger } from '@career/platform';
import { followInBatches } from './follow-in-batches';

/**
 * What a subscriber does with the events it is handed, in global order. Must be idempotent:
 * after a crash the batch since the last checkpoint comes again. Throw an EventFailure when
 * the failing event can be told, so health and parking name it.
 */
export type BatchHandler = (events: RecordedEvent[]) => Promise<void>;

/** A handler failure attributed to one event of the batch. */
export class EventFailure extends Error {
  constructor(
    readonly event: RecordedEvent,
    override readonly cause: unknown,
  ) {
    super(`${event.type} at position ${event.globalPosition}: ${errorField(cause).message}`);
    this.name = 'EventFailure';
  }
}

export interface CheckpointedSubscriberOptions {
  /** Checkpoint name and the name health and operators see, e.g. `scheduling.agenda`. */
  name: string;
  store: EventStore;
  checkpoints: CheckpointStore;
  /** Where operators park events; without it nothing can be parked. */
  parked?: ParkedEventStore;
  /** Only streams of these categories. */
  categories: readonly string[];
  handle: BatchHandler;
  logger?: Logger;
  /** Most events per batch. Default 100. */
  batchSize?: number;
  /** How long a batch waits for more events after the first. Default 0 (see followInBatches). */
  maxBatchDelayMs?: number;
  /** Backoff between attempts on a failing batch and between resubscriptions. */
  retry?: BackoffOptions;
  /**
   * How long the subscriber may fail on the same event before it counts as stuck (readiness
   * then fails, naming it). Default 60 s: longer than a broker's or a database's restart.
   */
  stuckAfterMs?: number;
  /** The time source of the stuck rule; tests pass their own. */
  now?: () => number;
}

export type SubscriberStatus = 'idle' | 'running' | 'retrying' | 'stuck' | 'stopped';

/** The event a subscriber keeps failing on. */
export interface FailingEvent {
  eventId: string;
  position: number;
  streamId: string;
  type: string;
  /** When it first failed (ISO 8601). */
  since: string;
  attempts: number;
  error: string;
}

export interface SubscriberHealth {
  name: string;
  status: SubscriberStatus;
  /** Global position of the last event handled and checkpointed. */
  checkpoint: number | undefined;
  handled: number;
  /** Events passed over because an operator parked them. */
  skipped: number;
  failing?: FailingEvent;
  lastError?: string;
}

class StoppedError extends Error {
  override name = 'StoppedError';
}

const DEFAULT_STUCK_AFTER_MS = 60_000;

/**
 * The one subscription loop of the services: the relay to Kafka and every projection run on
 * it. Catch-up subscription from the checkpoint; each batch is handled, then the checkpoint is
 * stored (so a crash replays, never skips). A failing batch is retried in place with backoff,
 * never skipped, and reported: transient while it is recent, stuck once the same event has
 * failed for `stuckAfterMs`. An operator can then park that event (`park`): it is kept with
 * the reason in the parked-event store and passed over from then on, in every instance.
 */
export class CheckpointedSubscriber {
  private readonly logger: Logger;
  private readonly now: () => number;
  private stopSignal = new StopSignal();
  private loop: Promise<void> | undefined;
  private state: Omit<SubscriberHealth, 'status'> & { status: Exclude<SubscriberStatus, 'stuck'> };
  private parkedIds: ReadonlySet<string> = new Set();

  constructor(private readonly options: CheckpointedSubscriberOptions) {
    this.logger = options.logger ?? silentLogger;
    this.now = options.now ?? Date.now;
    this.state = { name: options.name, status: 'idle', checkpoint: undefined, handled: 0, skipped: 0 };
  }

  get name(): string {
    return this.options.name;
  }

  /** Loads the checkpoint and the parked events and starts following the store; resolves once running. */
  async start(): Promise<void> {
    if (this.loop) throw new Error(`subscriber ${this.name} already started`);
    this.stopSignal = new StopSignal();
    this.state.checkpoint = await this.options.checkpoints.load(this.name);
    await this.refreshParked();
    this.state.status = 'running';
    this.logger.info({ subscriber: this.name, checkpoint: this.state.checkpoint ?? null }, 'subscriber started');
    this.loop = this.run();
  }

  /** Stops after the batch in hand is handled and checkpointed (or abandoned, uncheckpointed, while failing). */
  async stop(): Promise<void> {
    this.stopSignal.signal();
    await this.loop;
    this.loop = undefined;
    this.state.status = 'stopped';
  }

  get running(): boolean {
    return this.loop !== undefined;
  }

  /** Moves the position (after a rebuild replayed the history itself): the next start follows on from it. */
  resetPosition(position: number | undefined, handled = 0): void {
    if (this.loop) throw new Error(`subscriber ${this.name}: stop it before moving its position`);
    this.state.checkpoint = position;
    this.state.handled = handled;
  }

  health(): SubscriberHealth {
    const { failing } = this.state;
    const stuck = failing !== undefined && this.now() - Date.parse(failing.since) >= (this.options.stuckAfterMs ?? DEFAULT_STUCK_AFTER_MS);
    return { ...this.state, ...(failing ? { failing: { ...failing } } : {}), status: stuck ? 'stuck' : this.state.status };
  }

  /**
   * Parks an event this subscriber cannot get past: kept with the reason, passed over from now
   * on (the loop picks it up at its next attempt). Only the event it is failing on, or one
   * named by id that an operator found in the store, can be parked.
   */
  async park(request: { eventId: string; reason: string; parkedBy: string }): Promise<void> {
    const parked = this.options.parked;
    if (!parked) throw new Error(`subscriber ${this.name} has no parked-event store`);
    const failing = this.state.failing;
    if (!failing || failing.eventId !== request.eventId) {
      throw new NotFailingOnEventError(this.name, request.eventId);
    }
    await parked.park({
      subscriber: this.name,
      eventId: failing.eventId,
      position: failing.position,
      streamId: failing.streamId,
      type: failing.type,
      error: failing.error,
      reason: request.reason,
      parkedBy: request.parkedBy,
      parkedAt: new Date(this.now()).toISOString(),
    });
    await this.refreshParked();
    this.logger.warn({ subscriber: this.name, eventId: failing.eventId, position: failing.position }, 'event parked by an operator');
  }

  private async run(): Promise<void> {
    const { store, categories, batchSize, maxBatchDelayMs } = this.options;
    for (let failures = 0; !this.stopSignal.stopped; ) {
      try {
        const follow = { after: this.state.checkpoint, categories, batchSize, maxBatchDelayMs, stop: this.stopSignal };
        await followInBatches(store, follow, async (events) => {
          await this.handleUntilDone(events);
          failures = 0;
        });
        return;
      } catch (error) {
        if (error instanceof StoppedError) return;
        // The subscription itself broke (store unavailable...): resubscribe from the checkpoint.
        failures++;
        this.state.status = 'retrying';
        this.state.lastError = errorField(error).message;
        this.logger.error({ subscriber: this.name, err: errorField(error), failures }, 'subscription failed; resubscribing');
        await sleepUnless(backoffDelay(failures, this.options.retry), this.stopSignal.promise);
      }
    }
  }

  /** Handles one batch until it is done (or stop is asked), then checkpoints past it. */
  private async handleUntilDone(events: RecordedEvent[]): Promise<void> {
    const lastPosition = events[events.length - 1].globalPosition;
    for (let attempt = 1; ; attempt++) {
      const toHandle = events.filter((event) => !this.parkedIds.has(event.metadata.eventId));
      try {
        if (toHandle.length > 0) await this.options.handle(toHandle);
        break;
      } catch (error) {
        this.recordFailure(error instanceof EventFailure ? error.event : toHandle[0], error);
        this.logger.error({ subscriber: this.name, attempt, failing: this.state.failing, err: errorField(error) }, 'subscriber failed on a batch; retrying');
        if (await sleepUnless(backoffDelay(attempt, this.options.retry), this.stopSignal.promise)) throw new StoppedError();
        // An operator may have parked the event meanwhile, here or in another instance.
        await this.refreshParked().catch(() => undefined);
      }
    }
    await this.storeCheckpoint(lastPosition);
    this.state.skipped += events.length - events.filter((event) => !this.parkedIds.has(event.metadata.eventId)).length;
    this.state.handled += events.length;
    this.state.status = 'running';
    delete this.state.failing;
  }

  private recordFailure(event: RecordedEvent, error: unknown): void {
    const message = errorField(error instanceof EventFailure ? error.cause : error).message;
    const previous = this.state.failing;
    const same = previous?.eventId === event.metadata.eventId;
    this.state.status = 'retrying';
    this.state.lastError = message;
    this.state.failing = {
      eventId: event.metadata.eventId,
      position: event.globalPosition,
      streamId: event.streamId,
      type: event.type,
      since: same ? previous.since : new Date(this.now()).toISOString(),
      attempts: same ? previous.attempts + 1 : 1,
      error: message,
    };
  }

  private async storeCheckpoint(position: number): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.options.checkpoints.store(this.name, position);
        this.state.checkpoint = position;
        return;
      } catch (error) {
        this.state.status = 'retrying';
        this.state.lastError = errorField(error).message;
        this.logger.error({ subscriber: this.name, position, attempt, err: errorField(error) }, 'checkpoint failed; retrying');
        // Giving up on stop only means the handled batch comes again after a restart.
        if (await sleepUnless(backoffDelay(attempt, this.options.retry), this.stopSignal.promise)) throw new StoppedError();
      }
    }
  }

  private async refreshParked(): Promise<void> {
    if (this.options.parked) this.parkedIds = await this.options.parked.parkedIds(this.name);
  }
}

/** Parking is for the event a subscriber is stuck on: anything else would skip a healthy event. */
export class NotFailingOnEventError extends Error {
  constructor(subscriber: string, eventId: string) {
    super(`subscriber ${subscriber} is not failing on event ${eventId}; only the event it is failing on can be parked`);
    this.name = 'NotFailingOnEventError';
  }
}
