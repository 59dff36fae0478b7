import { validateIntegrationEvent } from '@career/contracts';
import type { RecordedEvent } from '@career/event-sourcing';
import type { DocumentEvent } from '../document/document.events';
import { toIntegrationEvents } from './document-generation.integration-events';

const clientId = '5b0c3f5e-8a3c-4c55-9d3e-6c1c9f0f2a11';
const documentId = '0f7a8f44-2f0c-5a5e-9a8c-3c1d2e4f5a6b';

function recorded(event: DocumentEvent): RecordedEvent {
  return {
    ...event,
    streamId: `document-${documentId}`,
    revision: 0,
    globalPosition: 7,
    metadata: {
      eventId: '11111111-2222-4333-8444-555555555555',
      schemaVersion: 1,
      occurredAt: '2026-03-04T10:00:00.000Z',
      correlationId: 'c',
      causationId: 'c',
      actor: { id: 'advisor-1', role: 'advisor' },
      organisation: 'ORG-1',
      clientId,
    },
  };
}

describe('document-generation integration events', () => {
  it('publishes DocumentGenerated v1 without content, hash or storage details', () => {
    const [event] = toIntegrationEvents(
      recorded({
        type: 'DocumentGenerated',
        data: {
          documentId,
          clientId,
          kind: 'job-application',
          language: 'sv',
          format: 'docx',
          version: 3,
          templateVersion: 'application-sv-v1+labels-v1',
          sha256: 'a'.repeat(64),
          size: 1234,
          storageRef: '0123456789abcdef01234567',
          provenance: { skillsProfileRevision: 4, intakeRevision: 1 },
          inputDigest: 'b'.repeat(64),
          documentDate: '2026-03-04',
          redactedIdentityCodes: 0,
          generatedAt: '2026-03-04T10:00:00.000Z',
        },
      }),
    );
    expect(event).toMatchObject({ type: 'DocumentGenerated', version: 1, subject: clientId, organisation: 'ORG-1', source: '/career/document-generation' });
    expect(event.data).toEqual({ clientId, organisation: 'ORG-1', documentId, kind: 'job-application', language: 'sv', format: 'docx', version: 3, generatedAt: '2026-03-04T10:00:00.000Z' });
    expect(validateIntegrationEvent(event.type, event.version, event.data)).toEqual({ valid: true, errors: [] });
  });

  it('publishes DocumentsDestroyed v1', () => {
    const [event] = toIntegrationEvents(
      recorded({ type: 'DocumentsDestroyed', data: { documentId, clientId, destroyedVersions: 2, reason: 'personal-data-destroyed', destroyedAt: '2031-01-01T00:00:00.000Z' } }),
    );
    expect(event.data).toEqual({ clientId, organisation: 'ORG-1', documentId, destroyedVersions: 2, destroyedAt: '2031-01-01T00:00:00.000Z' });
    expect(validateIntegrationEvent(event.type, event.version, event.data).valid).toBe(true);
  });
});
