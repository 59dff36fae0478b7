import { topicOf, type DocumentGeneratedV1, type IntegrationEvent } from '@career/contracts';
import type { Actor, RecordedEvent } from '@career/event-sourcing';
import { publisherOf } from '@career/messaging';
import type { DocumentEvent } from '../document/domain/document.events';

export const SERVICE_NAME = 'document-generation';
export const DOCUMENT_GENERATION_TOPIC = topicOf(SERVICE_NAME);

const publish = publisherOf(SERVICE_NAME);

/**
 * What document generation tells other services: that a CV or application version was generated (kind,
 * language, format, version), and that a document's files were destroyed. Never the content,
 * the hash, the storage reference, the vacancy or the template details.
 */
export function toIntegrationEvents(recorded: RecordedEvent): IntegrationEvent[] {
  // The relay reads only this service's `document` streams, whose events are DocumentEvents as stored.
  const event = { type: recorded.type, data: recorded.data } as DocumentEvent;
  const { organisation } = recorded.metadata;
  switch (event.type) {
    case 'DocumentGenerated': {
      const { clientId, documentId, kind, language, format, version, generatedAt } = event.data;
      // DocumentGenerated v1 names CVs and applications only: widening its kind enum is a new
      // version (libs/contracts/README.md). A career plan's own facts are scheduling's
      // (CareerPlanAgreed); its rendering is not published until a consumer needs it.
      if (kind === 'career-plan') return [];
      const generatedBy = generatedByOf(recorded.metadata.actor.role);
      return [
        publish(recorded, {
          type: 'DocumentGenerated',
          version: 1,
          data: { clientId, organisation, documentId, kind, language, format, version, generatedAt, ...(generatedBy ? { generatedBy } : {}) },
        }),
      ];
    }
    case 'DocumentsDestroyed': {
      const { clientId, documentId, destroyedVersions, destroyedAt } = event.data;
      return [publish(recorded, { type: 'DocumentsDestroyed', version: 1, data: { clientId, organisation, documentId, destroyedVersions, destroyedAt } })];
    }
    default:
      return [];
  }
}

/**
 * Who generated a version, from the actor the command side recorded (the client on their own
 * channel, or staff): reporting tells what the client did from what their advisor did. A role
 * that is neither (none generates documents today) is left out rather than guessed.
 */
function generatedByOf(role: Actor['role']): DocumentGeneratedV1['generatedBy'] {
  if (role === 'client') return 'client';
  if (role === 'advisor' || role === 'coordinator' || role === 'admin') return 'staff';
  return undefined;
}
