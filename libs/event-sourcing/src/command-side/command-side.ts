import { randomUUID } from 'node:crypto';
import type { EventCodec, CommandContext } from '../command-context';
import { fold } from '../decider';
import type { DomainEvent, NewEvent, RecordedEvent } from '../envelope';
import { isPersonalDataDestroyed } from '../error-catalogue';
import { WrongExpectedRevisionError, type AppendResult, type EventStore, type StreamSnapshot } from '../event-store.port';
import type { Aggregate } from './aggregate';

/**
 * Who may see a record: each field given must equal the record's own (its first event's
 * metadata). Staff pass their organisation, a client (the person) their client id, work the
 * service does for every organisation (a consumed fact, the retention job) passes neither.
 */
export interface Access {
  organisation?: string;
  clientId?: string;
}

/** The access of the service's own work: every record is visible. */
export const SYSTEM_ACCESS: Access = Object.freeze({});

/** A command's audit facts before the stream names its client (the command side fills it in). */
export type CommandSideContext = Omit<CommandContext, 'clientId'>;

/** What a command decided, before it is appended. */
export interface Decision<State, Event extends DomainEvent> {
  id: string;
  clientId: string;
  /** The state the command was decided on. */
  state: State;
  /**
   * The events folded on top of the stream's snapshot, personal fields decrypted: the whole
   * stream when it has no snapshot, else only what came after it (use `firstEvent` for the
   * stream's first event).
   */
  history: readonly RecordedEvent<Event>[];
  /** Revision of the stream's last event; -1 for a new stream. */
  revision: number;
  newEvents: readonly Event[];
}

/**
 * Wraps the append of decided events, for what the stream alone cannot guard: a unique key
 * claimed in an index, an advisor's time slot. Must call `append` at most once and return
 * its result; a throw before it leaves the stream unchanged.
 */
export type AroundAppend<State, Event extends DomainEvent> = (
  decision: Decision<State, Event>,
  append: () => Promise<AppendResult>,
) => Promise<AppendResult>;

export interface HandleOptions<State, Event extends DomainEvent> {
  context: CommandSideContext;
  access: Access;
  /**
   * The revision the caller saw (If-Match). A different one is a WrongExpectedRevisionError
   * (412) and is not retried: the caller must look again. Without it a concurrency conflict
   * re-reads the stream and decides again.
   */
  expectedRevision?: number;
  aroundAppend?: AroundAppend<State, Event>;
  /** Attempts on concurrency conflicts without If-Match. Default 5. */
  maxAttempts?: number;
}

export interface HandleResult<State, Event extends DomainEvent> {
  id: string;
  clientId: string;
  /** The state after the command. */
  state: State;
  /** What was appended; empty when the command changed nothing. */
  newEvents: Event[];
  /** Revision of the stream's last event now: the new ETag; -1 while the stream is empty. */
  revision: number;
}

export interface Loaded<State, Event extends DomainEvent> {
  id: string;
  clientId: string;
  organisation: string;
  state: State;
  revision: number;
  /** Personal fields decrypted (or marked erased once the key was destroyed). */
  events: RecordedEvent<Event>[];
}

/** Where a record stands, read without decrypting anything. */
export interface Standing<State> {
  id: string;
  clientId: string;
  organisation: string;
  revision: number;
  /**
   * Folded from the stored events as they are, personal fields still encrypted: right for
   * status and dates, never for a personal value.
   */
  state: State;
}

export class ConcurrencyRetriesExhaustedError extends Error {
  constructor(readonly streamId: string, attempts: number) {
    super(`stream ${streamId}: still conflicting after ${attempts} attempts`);
    this.name = 'ConcurrencyRetriesExhaustedError';
  }
}

/**
 * One aggregate's command side, bound to the event store and its codec: the only way a
 * service changes an event stream. For each command it reads the stream once, answers 404
 * (the aggregate's notFound) when the caller may not see the record, before any revision
 * check, then checks If-Match, decrypts, folds, decides once, encrypts and appends with the
 * exact expected revision. On a concurrency conflict it reads and decides again, a bounded
 * number of times: deciding again (not re-appending the same events) is what keeps the
 * rules true under races.
 */
export class CommandSide<State, Command extends { type: string }, Event extends DomainEvent> {
  constructor(
    readonly aggregate: Aggregate<State, Command, Event>,
    private readonly store: EventStore,
    private readonly codec?: EventCodec<Event>,
  ) {}

  async handle(id: string, command: Command, options: HandleOptions<State, Event>): Promise<HandleResult<State, Event>> {
    const { decider } = this.aggregate;
    const streamId = this.aggregate.streamIdOf(id);
    const maxAttempts = options.expectedRevision === undefined ? (options.maxAttempts ?? 5) : 1;
    for (let attempt = 1; ; attempt++) {
      const read = await this.readForCommand(streamId);
      const revision = this.check(streamId, read.owner, read.revision, options.access, options.expectedRevision);
      const { state, history } = read;
      const clientId = read.owner?.clientId ?? this.aggregate.clientIdOf(id, command);
      const newEvents = decider.decide(command, state);
      if (newEvents.length === 0) return { id, clientId, state, newEvents, revision };
      const stateAfter = newEvents.reduce((s, e) => decider.evolve(s, e), state);

      const append = async (): Promise<AppendResult> => {
        const context = { ...options.context, clientId };
        const toAppend = await this.encode(newEvents, context);
        const revisionAfter = revision + newEvents.length;
        const owner = read.owner ?? { organisation: context.organisation, clientId };
        const snapshot = revisionAfter - read.snapshotRevision >= this.snapshotEvery ? await this.snapshotOf(stateAfter, revisionAfter, owner) : undefined;
        return this.store.appendToStream(streamId, toAppend, { expectedRevision: revision === -1 ? 'no_stream' : revision, ...(snapshot ? { snapshot } : {}) });
      };
      try {
        const decision: Decision<State, Event> = { id, clientId, state, history, revision, newEvents };
        const appended = options.aroundAppend ? await options.aroundAppend(decision, append) : await append();
        return { id, clientId, state: stateAfter, newEvents, revision: appended.nextExpectedRevision };
      } catch (error) {
        if (isPersonalDataDestroyed(error) && this.aggregate.personalDataDestroyed) throw this.aggregate.personalDataDestroyed();
        if (!(error instanceof WrongExpectedRevisionError) || options.expectedRevision !== undefined) throw error;
        if (attempt >= maxAttempts) throw new ConcurrencyRetriesExhaustedError(streamId, attempt);
      }
    }
  }

  /**
   * The stream's first event with its personal fields decrypted (e.g. the registration a
   * command needs beside the folded state); undefined when the stream is empty or not visible.
   */
  async firstEvent(id: string, access: Access = SYSTEM_ACCESS): Promise<RecordedEvent<Event> | undefined> {
    const [first] = await this.store.readStream(this.aggregate.streamIdOf(id), { maxCount: 1 });
    if (!first || !visible(ownerOf(first), access)) return undefined;
    return (await this.decode([first]))[0];
  }

  /** The record decrypted and folded; notFound when it does not exist or the caller may not see it. */
  async load(id: string, access: Access): Promise<Loaded<State, Event>> {
    const streamId = this.aggregate.streamIdOf(id);
    const recorded = await this.store.readStream(streamId);
    if (recorded.length === 0) throw this.aggregate.notFound();
    const revision = this.check(streamId, ownerOf(recorded[0]), recorded[recorded.length - 1].revision, access, undefined);
    const events = await this.decode(recorded);
    const { clientId, organisation } = recorded[0].metadata;
    return { id, clientId, organisation, state: fold(this.aggregate.decider, events as readonly DomainEvent[] as readonly Event[]), revision, events };
  }

  /** Where the record stands without decrypting anything; undefined when it does not exist or the caller may not see it. */
  async standing(id: string, access: Access = SYSTEM_ACCESS): Promise<Standing<State> | undefined> {
    const recorded = await this.store.readStream(this.aggregate.streamIdOf(id));
    if (recorded.length === 0 || !visible(ownerOf(recorded[0]), access)) return undefined;
    const { clientId, organisation } = recorded[0].metadata;
    return { id, clientId, organisation, revision: recorded[recorded.length - 1].revision, state: fold(this.aggregate.decider, recorded as readonly DomainEvent[] as readonly Event[]) };
  }

  /** Who owns the record, from its first event alone; undefined when it does not exist or the caller may not see it. */
  async owner(id: string, access: Access = SYSTEM_ACCESS): Promise<{ clientId: string; organisation: string } | undefined> {
    const [first] = await this.store.readStream(this.aggregate.streamIdOf(id), { maxCount: 1 });
    if (!first || !visible(ownerOf(first), access)) return undefined;
    return ownerOf(first);
  }

  /** Visibility first, so a stale If-Match on a record the caller may not see is 404, not a 412 that confirms it exists. */
  private check(streamId: string, owner: Owner | undefined, revision: number, access: Access, expectedRevision: number | undefined): number {
    if (owner && !visible(owner, access)) throw this.aggregate.notFound();
    if (expectedRevision !== undefined && expectedRevision !== revision) {
      if (!owner) throw this.aggregate.notFound();
      throw new WrongExpectedRevisionError(streamId, expectedRevision, revision);
    }
    return revision;
  }

  /**
   * What a command decides on: the stream's latest snapshot (when it is of this aggregate's
   * state schema and can be opened) and the events after it, decrypted and folded; the whole
   * stream otherwise. So a command reads and decrypts at most `snapshotEvery` events.
   */
  private async readForCommand(streamId: string): Promise<ReadForCommand<State, Event>> {
    const { decider } = this.aggregate;
    const snapshot = this.snapshotEvery > 0 ? await this.store.readSnapshot(streamId) : undefined;
    const base = snapshot ? await this.openSnapshot(snapshot) : undefined;
    if (snapshot && base !== undefined) {
      const tail = await this.store.readStream(streamId, { fromRevision: snapshot.revision + 1 });
      const history = await this.decode(tail);
      const state = history.reduce<State>((s, e) => decider.evolve(s, e as DomainEvent as Event), base);
      const revision = tail.length > 0 ? tail[tail.length - 1].revision : snapshot.revision;
      return { owner: snapshot.owner, state, history, revision, snapshotRevision: snapshot.revision };
    }
    const recorded = await this.store.readStream(streamId);
    const history = await this.decode(recorded);
    return {
      owner: recorded.length > 0 ? ownerOf(recorded[0]) : undefined,
      state: fold(decider, history as readonly DomainEvent[] as readonly Event[]),
      history,
      revision: recorded.length > 0 ? recorded[recorded.length - 1].revision : -1,
      snapshotRevision: -1,
    };
  }

  private get snapshotEvery(): number {
    // An aggregate with personal data takes snapshots only through a codec that can seal them.
    const sealable = this.aggregate.personalData.length === 0 || (this.codec?.sealState !== undefined && this.codec.openState !== undefined);
    return sealable ? this.aggregate.snapshotEvery : 0;
  }

  private async snapshotOf(state: State, revision: number, owner: Owner): Promise<StreamSnapshot | undefined> {
    const sealed = this.codec?.sealState ? await this.codec.sealState(owner.clientId, state).catch(() => undefined) : JSON.stringify(state);
    return sealed === undefined ? undefined : { revision, schema: this.aggregate.snapshotSchema, state: sealed, owner };
  }

  /** The snapshot's state, or undefined when it is of another schema or cannot be opened (a key destroyed). */
  private async openSnapshot(snapshot: StreamSnapshot): Promise<State | undefined> {
    if (snapshot.schema !== this.aggregate.snapshotSchema) return undefined;
    const opened = this.codec?.openState ? await this.codec.openState(snapshot.owner.clientId, snapshot.state) : (JSON.parse(snapshot.state) as unknown);
    return opened === undefined ? undefined : (opened as State);
  }

  private async decode(recorded: readonly RecordedEvent[]): Promise<RecordedEvent<Event>[]> {
    const codec = this.codec;
    if (!codec) return recorded as RecordedEvent<Event>[];
    return Promise.all(recorded.map(async (event) => ({ ...event, data: (await codec.decode(event)).data }) as RecordedEvent<Event>));
  }

  private async encode(events: readonly Event[], context: CommandContext): Promise<NewEvent[]> {
    const schemaVersions = this.aggregate.schemaVersions as Partial<Record<string, number>>;
    return Promise.all(
      events.map(async (event) => {
        const stored = this.codec ? await this.codec.encode(event, context) : event;
        return {
          type: stored.type,
          data: stored.data,
          metadata: {
            eventId: randomUUID(),
            schemaVersion: schemaVersions[event.type] ?? 1,
            occurredAt: context.now.toISOString(),
            correlationId: context.correlationId,
            causationId: context.causationId,
            actor: context.actor,
            organisation: context.organisation,
            clientId: context.clientId,
            ...(context.requestId ? { requestId: context.requestId } : {}),
          },
        };
      }),
    );
  }
}

type Owner = StreamSnapshot['owner'];

interface ReadForCommand<State, Event extends DomainEvent> {
  /** Undefined while the stream is empty. */
  owner: Owner | undefined;
  state: State;
  history: RecordedEvent<Event>[];
  /** Revision of the stream's last event; -1 for an empty stream. */
  revision: number;
  /** Revision the snapshot folded up to; -1 without one. */
  snapshotRevision: number;
}

function ownerOf(first: RecordedEvent): Owner {
  return { organisation: first.metadata.organisation, clientId: first.metadata.clientId };
}

function visible(owner: Owner, access: Access): boolean {
  return (access.organisation === undefined || owner.organisation === access.organisation) && (access.clientId === undefined || owner.clientId === access.clientId);
}

/** The bound command side of an aggregate declared with defineAggregate: `CommandSideOf<typeof guidanceProcess>`. */
export type CommandSideOf<A> = A extends Aggregate<infer S, infer C, infer E> ? CommandSide<S, C, E> : never;
