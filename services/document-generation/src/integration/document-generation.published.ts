import {
  DOCUMENT_GENERATED,
  DOCUMENTS_DESTROYED,
  topicOf,
  type DocumentGeneratedV1,
  type DocumentsDestroyedV1,
  type IntegrationEvent,
} from '@career/contracts';
import type { RecordedEvent } from '@career/event-sourcing';
import { integrationEnvelopeOf } from '@career/messaging';
import type { DocumentEvent } from '../document/document.events';

export const SERVICE_NAME = 'document-generation';
export const DOCUMENT_GENERATION_TOPIC = topicOf(SERVICE_NAME);

/**
 * What document generation tells other services: that a version was generated (kind,
 * language, format, version), and that a document's files were destroyed. Never the content,
 * the hash, the storage reference, the vacancy or the template details.
 */
export function toIntegrationEvents(recorded: RecordedEvent): IntegrationEvent[] {
  const event = { type: recorded.type, data: recorded.data } as DocumentEvent;
  const { metadata } = recorded;
  const envelope = integrationEnvelopeOf(recorded, SERVICE_NAME);
  switch (event.type) {
    case 'DocumentGenerated': {
      const { clientId, documentId, kind, language, format, version, generatedAt } = event.data;
      const data: DocumentGeneratedV1 = { clientId, organisation: metadata.organisation, documentId, kind, language, format, version, generatedAt };
      return [{ ...envelope, type: DOCUMENT_GENERATED, version: 1, data }];
    }
    case 'DocumentsDestroyed': {
      const { clientId, documentId, destroyedVersions, destroyedAt } = event.data;
      const data: DocumentsDestroyedV1 = { clientId, organisation: metadata.organisation, documentId, destroyedVersions, destroyedAt };
      return [{ ...envelope, type: DOCUMENTS_DESTROYED, version: 1, data }];
    }
    default:
      return [];
  }
}
