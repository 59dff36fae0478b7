import type { RecordedEvent } from '@career/event-sourcing';
import { integrationEnvelopeOf } from './integration-envelope';

describe('integrationEnvelopeOf', () => {
  it('takes id, subject, time and organisation from the stored event and names the publishing service', () => {
    const metadata = {
      eventId: '8a6f0c1e-2b3d-4e5f-9a0b-1c2d3e4f5a6b',
      schemaVersion: 1,
      occurredAt: '2026-03-02T09:30:00.000Z',
      correlationId: 'c',
      causationId: 'c',
      actor: { id: 'advisor-1', role: 'advisor' },
      organisation: 'KEHA-UUSIMAA',
      clientId: '5b0c3f5e-8a3c-4c55-9d3e-6c1c9f0f2a11',
    } satisfies RecordedEvent['metadata'];
    expect(integrationEnvelopeOf({ metadata }, 'document-generation')).toEqual({
      id: metadata.eventId,
      source: '/career/document-generation',
      subject: metadata.clientId,
      time: metadata.occurredAt,
      organisation: 'KEHA-UUSIMAA',
    });
  });
});
