import { sourceOf, type EventOf, type IntegrationEvent, type Producer } from '@career/contracts';
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

/** One published fact of producer P as its mapping writes it: type, version and a payload the compiler checks against the contract. */
export type PublishedFact<P extends Producer> = EventOf<P> extends infer E ? (E extends EventOf<P> ? Pick<E, 'type' | 'version' | 'data'> : never) : never;

/**
 * The typed way a service's `toIntegrationEvents` builds what it publishes:
 * `publish(recorded, { type: 'ClientRegistered', version: 1, data: {...} })` fails to compile
 * when `data` misses a required field or has one the contract does not declare.
 */
export function publisherOf<P extends Producer>(producer: P): (recorded: Pick<RecordedEvent, 'metadata'>, fact: PublishedFact<P>) => IntegrationEvent {
  return (recorded, fact) => ({ ...integrationEnvelopeOf(recorded, producer), ...(fact as Pick<IntegrationEvent, 'type' | 'version' | 'data'>) });
}
