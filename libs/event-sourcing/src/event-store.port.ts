import type { NewEvent, RecordedEvent } from './envelope';

/**
 * The event store port (hexagonal: the core owns it, `@career/event-store` holds the adapters
 * and re-exports it). Revisions and positions are plain numbers: safe up to 2^53.
 */
export type ExpectedRevision =
  /** Append whatever the stream holds. */
  | 'any'
  /** The stream must not exist yet. */
  | 'no_stream'
  /** The stream must hold at least one event. */
  | 'stream_exists'
  /** The stream's last event must have exactly this revision. */
  | number;

export interface AppendResult {
  /** Revision of the last event now in the stream: the next append's expected revision. */
  nextExpectedRevision: number;
  /** Global position of the last appended event. */
  position: number;
}

/**
 * A stream's state folded up to `revision`, kept beside the stream (written in the same
 * transaction as the append that reached that revision) so a command folds only the events
 * after it: the cost of a command stays bounded however long the stream grows.
 */
export interface StreamSnapshot {
  /** Revision of the last event the state folds. */
  revision: number;
  /** The state's shape (aggregate, state version, evolve): a snapshot of another shape is ignored. */
  schema: string;
  /**
   * The state, sealed by the command side: encrypted under the client's keys when the aggregate
   * declares personal data (never plaintext personal data), plain JSON otherwise. Opaque here.
   */
  state: string;
  /** Whose record the stream is (its first event's metadata): the owner check needs no event. */
  owner: { organisation: string; clientId: string };
}

export interface AppendOptions {
  expectedRevision: ExpectedRevision;
  /**
   * Written with the events, atomically where the store can (SQLite), only if the append
   * succeeds; its revision must be the last appended event's. Never replaces a newer one.
   */
  snapshot?: StreamSnapshot;
}

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  /** Inclusive start; defaults to the first (forwards) or last (backwards) event. */
  fromRevision?: number;
  maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this global position. Omit to start at the beginning. */
  after?: number;
  maxCount?: number;
  /** Only streams of these categories (`client`, `guidanceProcess`, ...). */
  categories?: readonly string[];
}

export interface ReadByClientOptions {
  /** Exclusive: events strictly after this global position (paging). Omit to start at the beginning. */
  after?: number;
  maxCount?: number;
}

export interface SubscribeOptions extends Omit<ReadAllOptions, 'maxCount'> {
  /** Ends the iteration when aborted. */
  signal?: AbortSignal;
}

export interface EventStore {
  appendToStream(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult>;
  /** Empty array when the stream does not exist. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** The stream's latest snapshot, or undefined (none yet). */
  readSnapshot(streamId: string): Promise<StreamSnapshot | undefined>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /**
   * Every event whose metadata names this client (`metadata.clientId`), from every stream of
   * every service, oldest first (global order): the client's audit trail, read from the log
   * itself rather than from a mutable read model. Empty when no event names the client.
   * Adapters gather them on the server side (an index, a projection), not by scanning.
   */
  readByClient(clientId: string, options?: ReadByClientOptions): Promise<RecordedEvent[]>;
  /**
   * Catch-up subscription: the history after `after`, then live events, in global order.
   * Pull-based (an async iterator) so a slow consumer holds the producer back.
   */
  subscribeToAll(options?: SubscribeOptions): AsyncIterable<RecordedEvent>;
  /** Throws when the store cannot serve requests. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export class WrongExpectedRevisionError extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** -1 when the stream does not exist. */
    readonly actual: number,
  ) {
    super(`stream ${streamId}: expected revision ${String(expected)}, actual ${actual}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

/**
 * Where a subscriber (relay, projection) keeps the global position it has fully processed.
 * Stored only after the work is durable, so a crash replays (at least once), never skips.
 */
export interface CheckpointStore {
  load(name: string): Promise<number | undefined>;
  store(name: string, position: number): Promise<void>;
}

/** An event an operator told a subscriber to pass over, kept with the reason (never deleted). */
export interface ParkedEvent {
  subscriber: string;
  eventId: string;
  /** Global position, stream, type: where to find the event in the store again. */
  position: number;
  streamId: string;
  type: string;
  /** The failure that stopped the subscriber on it (no personal data: ids and reasons only). */
  error: string;
  /** Why the operator parked it. */
  reason: string;
  parkedBy: string;
  parkedAt: string;
}

/**
 * Where events parked by an operator are kept: a subscriber that cannot get past one event
 * (a poison event, a bug in a projection) skips the ones parked here, so the rest flows.
 */
export interface ParkedEventStore {
  park(event: ParkedEvent): Promise<void>;
  /** The event ids parked for one subscriber. */
  parkedIds(subscriber: string): Promise<ReadonlySet<string>>;
  /** Every parked event, newest first (or one subscriber's). */
  list(subscriber?: string): Promise<ParkedEvent[]>;
}
