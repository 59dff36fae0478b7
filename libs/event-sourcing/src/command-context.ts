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
  /**
   * Seals a folded state for a snapshot, so it holds no plaintext personal data (libs/privacy
   * encrypts it under every key of the client's personal fields). Undefined: no snapshot now
   * (a key is destroyed). A codec without it takes no snapshots.
   */
  sealState?(clientId: string, state: unknown): Promise<string | undefined>;
  /** The sealed state again; undefined when it cannot be opened (a key destroyed): fold from the start. */
  openState?(clientId: string, sealed: string): Promise<unknown>;
}
