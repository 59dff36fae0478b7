import type { Actor, DomainEvent, RecordedEvent } from './envelope';

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
