import { randomUUID } from 'node:crypto';
import { CLIENT_REGISTERED, exampleClientRegisteredV1, sourceOf, type ClientRegisteredV1, type IntegrationEvent } from '@career/contracts';
import type { NewEvent, RecordedEvent } from '@career/event-sourcing';

/** Domain events of a test `client` stream: registrations are published, contact changes are not. */
export function clientEvent(type: 'ClientRegistered' | 'ContactDetailsChanged', clientId: string, data: object): NewEvent {
  return {
    type,
    data,
    metadata: {
      eventId: randomUUID(),
      schemaVersion: 1,
      occurredAt: new Date().toISOString(),
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actor: { id: 'advisor-1', role: 'advisor' },
      organisation: 'KEHA-UUSIMAA',
      clientId,
    },
  };
}

/** The relay's mapping in the tests: what client-intake would publish. */
export function toIntegrationEvents(event: RecordedEvent): IntegrationEvent[] {
  if (event.type !== 'ClientRegistered') return [];
  const { metadata } = event;
  const data: ClientRegisteredV1 = exampleClientRegisteredV1(metadata.clientId, {
    organisation: metadata.organisation,
    preferredLanguage: (event.data as { preferredLanguage: ClientRegisteredV1['preferredLanguage'] }).preferredLanguage,
    registeredAt: metadata.occurredAt,
  });
  return [
    {
      id: metadata.eventId,
      type: CLIENT_REGISTERED,
      version: 1,
      source: sourceOf('client-intake'),
      subject: metadata.clientId,
      time: metadata.occurredAt,
      organisation: metadata.organisation,
      data,
    },
  ];
}
