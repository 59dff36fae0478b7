import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { categoryOf, type Access, type Actor, type CommandSideOf, type EventStore, type RecordedEvent } from '@career/event-sourcing';
import { EVENT_STORE } from '@career/event-store';
import { refuse } from '../../client-intake.errors';
import { client } from '../domain/client.aggregate';

export class AuditTrailQuery {
  constructor(
    readonly clientId: string,
    /** Staff see their own organisation's clients only. */
    readonly access: Access,
  ) {}
}

/** One recorded interaction: who, for which organisation, when, what. No payload (it may hold personal data). */
export interface AuditTrailEntry {
  eventId: string;
  occurredAt: string;
  type: string;
  actor: Actor;
  organisation: string;
  /** The stream's category: which process the interaction belongs to (`client`, `guidanceProcess`, ...). */
  category: string;
  streamId: string;
  correlationId: string;
  /** For PersonalDataViewed: which items were read and why (codes only). */
  viewed?: { fields: string[]; purpose?: string };
}

export interface AuditTrail {
  clientId: string;
  entries: AuditTrailEntry[];
}

/**
 * Every recorded event about the client across all services, oldest first, read from the
 * event store itself (EventStore.readByClient: an index on the events' metadata on SQLite, a
 * link-stream projection on EventStoreDB), never from a read model anyone could update.
 */
@QueryHandler(AuditTrailQuery)
export class AuditTrailHandler implements IQueryHandler<AuditTrailQuery, AuditTrail> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(client.token) private readonly clients: CommandSideOf<typeof client>,
  ) {}

  async execute({ clientId, access }: AuditTrailQuery): Promise<AuditTrail> {
    // The client's first event alone says whose it is; nothing is decrypted.
    if ((await this.clients.owner(clientId, access)) === undefined) throw refuse('CLIENT.NOT_FOUND');
    const events = await this.store.readByClient(clientId);
    return { clientId, entries: events.map(auditEntryOf) };
  }
}

export function auditEntryOf(event: RecordedEvent): AuditTrailEntry {
  const entry: AuditTrailEntry = {
    eventId: event.metadata.eventId,
    occurredAt: event.metadata.occurredAt,
    type: event.type,
    actor: event.metadata.actor,
    organisation: event.metadata.organisation,
    category: categoryOf(event.streamId),
    streamId: event.streamId,
    correlationId: event.metadata.correlationId,
  };
  if (event.type === 'PersonalDataViewed') {
    const data = event.data as { fields?: unknown; purpose?: unknown };
    entry.viewed = {
      fields: Array.isArray(data.fields) ? data.fields.map(String) : [],
      ...(typeof data.purpose === 'string' ? { purpose: data.purpose } : {}),
    };
  }
  return entry;
}
