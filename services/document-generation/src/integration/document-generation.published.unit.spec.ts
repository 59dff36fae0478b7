import { validateIntegrationEvent } from '@career/contracts';
import { fold, type Actor, type RecordedEvent } from '@career/event-sourcing';
import { unproducedFields } from '@career/testing';
import { documentDecider } from '../document/domain/document.decider';
import type { DocumentCommand } from '../document/domain/document.commands';
import type { DocumentEvent } from '../document/domain/document.events';
import { destroyDocuments, FIXTURE_CLIENT_ID as clientId, FIXTURE_DOCUMENT_ID as documentId, recordVersion } from '../test-support/document.fixtures';
import { toIntegrationEvents } from './document-generation.published';

function recorded(event: DocumentEvent, role: Actor['role'] = 'advisor'): RecordedEvent {
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
      actor: { id: `${role}-1`, role },
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
    expect(event.data).toEqual({
      clientId,
      organisation: 'ORG-1',
      documentId,
      kind: 'job-application',
      language: 'sv',
      format: 'docx',
      version: 3,
      generatedAt: '2026-03-04T10:00:00.000Z',
      generatedBy: 'staff',
    });
    expect(validateIntegrationEvent(event.type, event.version, event.data)).toEqual({ valid: true, errors: [] });
  });

  it('does not publish a career plan’s rendering (DocumentGenerated v1 names CVs and applications only)', () => {
    const [planRendered] = documentDecider.decide(
      recordVersion({ kind: 'career-plan', provenance: { planId: documentId, planVersion: 2, planRevision: 9, intakeRevision: 0 } }),
      fold(documentDecider, []),
    );
    expect(toIntegrationEvents(recorded(planRendered))).toEqual([]);
  });

  it('says who generated the version, from the recorded actor: the client on their own channel, or staff', () => {
    const generated = recordVersion({ storageRef: '0123456789abcdef01234567', size: 10, provenance: { skillsProfileRevision: 1, intakeRevision: 0 } });
    const [event] = documentDecider.decide(generated, fold(documentDecider, []));
    const by = (role: Actor['role']) => toIntegrationEvents(recorded(event, role))[0].data as { generatedBy?: string };
    expect([by('client').generatedBy, by('advisor').generatedBy, by('coordinator').generatedBy]).toEqual(['client', 'staff', 'staff']);
    expect(by('service')).not.toHaveProperty('generatedBy');
  });

  it('publishes DocumentsDestroyed v1', () => {
    const [event] = toIntegrationEvents(
      recorded({ type: 'DocumentsDestroyed', data: { documentId, clientId, destroyedVersions: 2, reason: 'personal-data-destroyed', destroyedAt: '2031-01-01T00:00:00.000Z' } }),
    );
    expect(event.data).toEqual({ clientId, organisation: 'ORG-1', documentId, destroyedVersions: 2, destroyedAt: '2031-01-01T00:00:00.000Z' });
    expect(validateIntegrationEvent(event.type, event.version, event.data).valid).toBe(true);
  });

  it('produces every field the contracts declare, from the events the decider decides', () => {
    const commands: DocumentCommand[] = [
      recordVersion({ storageRef: '0123456789abcdef01234567', size: 48_211, provenance: { skillsProfileRevision: 8, intakeRevision: 0 } }),
      destroyDocuments(new Date('2031-01-01T00:00:00.000Z')),
    ];
    const history: DocumentEvent[] = [];
    for (const command of commands) history.push(...documentDecider.decide(command, fold(documentDecider, history)));
    const published = history.flatMap((event) => toIntegrationEvents(recorded(event)));
    expect(published.map((event) => event.type)).toEqual(['DocumentGenerated', 'DocumentsDestroyed']);
    expect(unproducedFields('document-generation', published)).toEqual([]);
  });
});
