import { randomUUID } from 'node:crypto';
import { fold, type Decider } from './decider';
import type { Actor, DomainEvent, NewEvent, RecordedEvent } from './envelope';
import { WrongExpectedRevisionError, type EventStore } from './event-store.port';

/** Who, when and why: everything a command needs besides its own data. */
export interface CommandContext {
  actor: Actor;
  organisation: string;
  clientId: string;
  correlationId: string;
  causationId: string;
  requestId?: string;
  /** Injected time for metadata; deciders get it inside the command. */
  now: Date;
}

/**
 * How stored payloads map to domain events and back, e.g. encrypting personal fields with the
 * client's key (libs/privacy). Identity when omitted.
 */
export interface EventCodec<E extends DomainEvent> {
  encode(event: E, context: CommandContext): Promise<DomainEvent> | DomainEvent;
  decode(event: RecordedEvent): Promise<E> | E;
}

export interface HandleCommandOptions<State, Command, Event extends DomainEvent> {
  store: EventStore;
  decider: Decider<State, Command, Event>;
  streamId: string;
  command: Command;
  context: CommandContext;
  /** Schema version written for each event type (current version; 1 when absent). */
  schemaVersions?: Partial<Record<Event['type'], number>>;
  /**
   * The revision the caller saw (If-Match). When given, a conflict is not retried: the caller
   * must look again (412). When omitted, a conflict re-reads the stream and decides again.
   */
  expectedRevision?: number;
  codec?: EventCodec<Event>;
  maxAttempts?: number;
}

export interface HandleCommandResult<State, Event extends DomainEvent> {
  newEvents: Event[];
  state: State;
  /** -1 when the stream is still empty (the command decided nothing on a new stream). */
  nextExpectedRevision: number;
}

export class ConcurrencyRetriesExhaustedError extends Error {
  constructor(readonly streamId: string, attempts: number) {
    super(`stream ${streamId}: still conflicting after ${attempts} attempts`);
    this.name = 'ConcurrencyRetriesExhaustedError';
  }
}

/**
 * The command-handling loop: read the stream, fold it, decide, append with the exact
 * expected revision; on a concurrency conflict re-read and decide again, a bounded number
 * of times. Deciding again (not re-appending the same events) is what keeps the rules true
 * under races: the second writer sees the first writer's events.
 */
export async function handleCommand<State, Command, Event extends DomainEvent>(
  options: HandleCommandOptions<State, Command, Event>,
): Promise<HandleCommandResult<State, Event>> {
  const { store, decider, streamId, command, context, codec } = options;
  const maxAttempts = options.expectedRevision === undefined ? (options.maxAttempts ?? 5) : 1;

  for (let attempt = 1; ; attempt++) {
    const recorded = await store.readStream(streamId);
    const events = codec ? await Promise.all(recorded.map((e) => codec.decode(e))) : (recorded as unknown as Event[]);
    const currentRevision = recorded.length === 0 ? -1 : recorded[recorded.length - 1].revision;
    if (options.expectedRevision !== undefined && options.expectedRevision !== currentRevision) {
      throw new WrongExpectedRevisionError(streamId, options.expectedRevision, currentRevision);
    }
    const state = fold(decider, events);
    const newEvents = decider.decide(command, state);
    if (newEvents.length === 0) return { newEvents, state, nextExpectedRevision: currentRevision };

    const toAppend: NewEvent[] = [];
    for (const event of newEvents) {
      const stored = codec ? await codec.encode(event, context) : event;
      toAppend.push({
        type: stored.type,
        data: stored.data,
        metadata: {
          eventId: randomUUID(),
          schemaVersion: options.schemaVersions?.[event.type as Event['type']] ?? 1,
          occurredAt: context.now.toISOString(),
          correlationId: context.correlationId,
          causationId: context.causationId,
          actor: context.actor,
          organisation: context.organisation,
          clientId: context.clientId,
          ...(context.requestId ? { requestId: context.requestId } : {}),
        },
      });
    }
    try {
      const result = await store.appendToStream(streamId, toAppend, {
        expectedRevision: currentRevision === -1 ? 'no_stream' : currentRevision,
      });
      return {
        newEvents,
        state: newEvents.reduce((s, e) => decider.evolve(s, e), state),
        nextExpectedRevision: result.nextExpectedRevision,
      };
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      if (options.expectedRevision !== undefined) throw error;
      if (attempt >= maxAttempts) throw new ConcurrencyRetriesExhaustedError(streamId, attempt);
    }
  }
}
