/** Who caused an event: the token's subject and role (docs/architecture.md#conventions). */
export interface Actor {
  id: string;
  role: 'advisor' | 'coordinator' | 'reporter' | 'admin' | 'service' | 'system' | 'client';
}

/**
 * Metadata every stored event carries: the audit trail (who, when, why, for which client and
 * organisation) and the schema version its payload was written with.
 */
export interface EventMetadata {
  eventId: string;
  schemaVersion: number;
  occurredAt: string;
  correlationId: string;
  causationId: string;
  actor: Actor;
  organisation: string;
  /** The client the event concerns; the audit trail and Kafka keys are built from it. */
  clientId: string;
  /** The HTTP request that caused it, when one did. */
  requestId?: string;
}

/** A domain event as deciders see it: a discriminated union member. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
}

/** An event about to be appended. */
export interface NewEvent<E extends DomainEvent = DomainEvent> {
  type: E['type'];
  data: E['data'];
  metadata: EventMetadata;
}

/** An event as read back from the store: payload, metadata and its place in the stream and the log. */
export interface RecordedEvent<E extends DomainEvent = DomainEvent> extends NewEvent<E> {
  streamId: string;
  /** 0-based position of the event inside its stream. */
  revision: number;
  /** Position in the store's global log; strictly increasing, may have gaps. */
  globalPosition: number;
}

/** `client-1234…` -> `client`: the text before the first dash, as EventStoreDB reads it. */
export function categoryOf(streamId: string): string {
  const dash = streamId.indexOf('-');
  return dash === -1 ? streamId : streamId.slice(0, dash);
}

export function streamIdOf(category: string, id: string): string {
  if (!/^[a-z][a-zA-Z0-9]*$/.test(category)) {
    throw new Error(`stream category must be one camelCase word, got "${category}"`);
  }
  return `${category}-${id}`;
}
