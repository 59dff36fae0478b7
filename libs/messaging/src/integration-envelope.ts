import { sourceOf, type IntegrationEvent } from '@career/contracts';
import type { RecordedEvent } from '@career/event-sourcing';

/** The part of an integration event that comes from the stored event, not from its mapping. */
export type IntegrationEnvelope = Pick<IntegrationEvent, 'id' | 'source' | 'subject' | 'time' | 'organisation'>;

/**
 * The envelope every service's `toIntegrationEvents` puts around a published fact: the stored
 * event's id (consumers deduplicate by it), the publishing service as source, the client as
 * subject (the Kafka key), when it happened and the organisation it belongs to.
 */
export function integrationEnvelopeOf(recorded: Pick<RecordedEvent, 'metadata'>, serviceName: string): IntegrationEnvelope {
  const { metadata } = recorded;
  return {
    id: metadata.eventId,
    source: sourceOf(serviceName),
    subject: metadata.clientId,
    time: metadata.occurredAt,
    organisation: metadata.organisation,
  };
}
