import { createHash } from 'node:crypto';
import type { Decider, DomainError } from '../decider';
import { streamIdOf, type DomainEvent } from '../envelope';

/** For each event type, the dotted paths of its payload that are personal data. */
export type PersonalFieldsByType = Readonly<Record<string, readonly string[]>>;

/**
 * Personal fields encrypted under one of the client's data keys. Most aggregates keep one key
 * per client (`keyIdOf` = the client id); client-intake keeps a second one for the voluntary
 * answers so that withdrawing consent can shred them alone.
 */
export interface PersonalFieldGroup {
  keyIdOf: (clientId: string) => string;
  fields: PersonalFieldsByType;
}

/** The usual case: every personal field under the client's one key. */
export function oneKeyPerClient(fields: PersonalFieldsByType): PersonalFieldGroup[] {
  return [{ keyIdOf: (clientId) => clientId, fields }];
}

/**
 * Everything the command side needs to know about one aggregate, declared once beside its
 * decider: the stream category, the rules, the schema version written for each event type,
 * which payload fields are personal data (encrypted with the client's key), the refusal for a
 * record the caller may not see, and whose record a new stream is.
 */
export interface AggregateSpec<State, Command extends { type: string }, Event extends DomainEvent> {
  /** Stream category: one camelCase word (`guidanceProcess` -> `guidanceProcess-<id>`). */
  category: string;
  decider: Decider<State, Command, Event>;
  /** Schema version written for each event type; 1 when absent. */
  schemaVersions?: Partial<Record<Event['type'], number>>;
  /** Personal fields by key; none when absent (the events are stored as decided). */
  personalData?: readonly PersonalFieldGroup[];
  /**
   * The refusal for a record that does not exist, and equally for one the caller may not see
   * (another organisation's, another person's): the same answer, so ids reveal nothing.
   */
  notFound: () => DomainError;
  /**
   * The refusal for a change that would have to encrypt for a client whose personal data was
   * destroyed (the key is gone). Without it the codec's error goes through unchanged.
   */
  personalDataDestroyed?: () => DomainError;
  /**
   * The client a new stream's events concern (the audit trail's key). An existing stream keeps
   * its first event's. Default: the aggregate id is the client id.
   */
  clientIdOf?: (id: string, command: Command) => string;
  /**
   * Snapshots (docs/architecture.md#the-rules): after this many events since the last one, the
   * command side stores the folded state beside the stream, so a command folds at most this
   * many events however long the stream is. Default 20; 0 turns snapshots off.
   */
  snapshotEvery?: number;
  /**
   * Bump it when what the state holds changes in a way `evolve`'s own source does not show
   * (a helper it calls): snapshots of another version are ignored and the stream is folded
   * from its start once more. Default 1.
   */
  stateVersion?: number;
}

export interface Aggregate<State, Command extends { type: string }, Event extends DomainEvent>
  extends Required<Omit<AggregateSpec<State, Command, Event>, 'personalDataDestroyed'>> {
  personalDataDestroyed?: () => DomainError;
  /**
   * Names the state's shape in snapshots: the category, the state version and a digest of the
   * decider's evolve/initialState source and the schema versions, so a snapshot taken by other
   * rules is never folded on.
   */
  readonly snapshotSchema: string;
  /** Dependency-injection token of this aggregate's bound command side. */
  readonly token: symbol;
  streamIdOf(id: string): string;
}

/** Declares an aggregate (see AggregateSpec); the result is the key its command side is bound and injected by. */
export function defineAggregate<State, Command extends { type: string }, Event extends DomainEvent>(
  spec: AggregateSpec<State, Command, Event>,
): Aggregate<State, Command, Event> {
  streamIdOf(spec.category, 'check'); // refuses a category EventStoreDB would split
  const aggregate = {
    schemaVersions: {},
    personalData: [],
    clientIdOf: (id: string) => id,
    snapshotEvery: 20,
    stateVersion: 1,
    ...spec,
  };
  return {
    ...aggregate,
    snapshotSchema: snapshotSchemaOf(aggregate.category, aggregate.stateVersion, aggregate.decider, aggregate.schemaVersions),
    token: Symbol(`${spec.category} command side`),
    streamIdOf: (id: string) => streamIdOf(spec.category, id),
  };
}

function snapshotSchemaOf(category: string, stateVersion: number, decider: { evolve: unknown; initialState: unknown }, schemaVersions: object): string {
  const rules = `${String(decider.evolve)}\n${String(decider.initialState)}\n${JSON.stringify(schemaVersions)}`;
  return `${category}/v${stateVersion}/${createHash('sha256').update(rules).digest('base64url').slice(0, 16)}`;
}

export type StateOf<A> = A extends Aggregate<infer S, infer _C, infer _E> ? S : never;
export type CommandOf<A> = A extends Aggregate<infer _S, infer C, infer _E> ? C : never;
export type EventOf<A> = A extends Aggregate<infer _S, infer _C, infer E> ? E : never;
