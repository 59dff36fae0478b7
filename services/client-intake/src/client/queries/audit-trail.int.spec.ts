import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@career/event-sourcing';
import { identityCode, registration, startClientIntake, type ClientIntakeTestApp } from '../../test-support/client-intake.test-app';
import type { AuditTrailEntry } from './audit-trail.query';

jest.setTimeout(60_000);

// The audit trail is read from the event store (EventStore.readByClient), across every
// service's streams: here other services' events are appended to the same SQLite file, as the
// services on one machine share it.
describe('GET /api/v1/clients/:id/audit-trail', () => {
  let intake: ClientIntakeTestApp;

  beforeAll(async () => {
    intake = await startClientIntake('audit');
  });
  afterAll(async () => intake?.close());

  const otherServiceEvent = (type: string, clientId: string, actorId: string): NewEvent => ({
    type,
    data: { note: { $enc: 'aes-256-gcm/v1', iv: 'x', ct: 'y', tag: 'z' } },
    metadata: {
      eventId: randomUUID(),
      schemaVersion: 1,
      occurredAt: new Date().toISOString(),
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actor: { id: actorId, role: 'advisor' },
      organisation: intake.organisation,
      clientId,
    },
  });

  it('lists every recorded interaction about the client in every service, oldest first, with actor, organisation, time and type', async () => {
    const advisor = await intake.token('advisor', { sub: 'advisor-aino' });
    const created = await intake.call('POST', '/api/v1/clients', {
      token: advisor,
      body: registration(intake.organisation, { advisorId: 'advisor-aino' }),
    });
    expect(created.status).toBe(201);
    const clientId = created.json.clientId as string;
    const someoneElse = randomUUID();

    // Another service's streams: a guidance process and a document, plus an unrelated client's event.
    await intake.store.appendToStream(`guidanceProcess-${randomUUID()}`, [otherServiceEvent('MeetingHeld', clientId, 'advisor-aino')], { expectedRevision: 'no_stream' });
    await intake.store.appendToStream(`guidanceProcess-${randomUUID()}`, [otherServiceEvent('MeetingHeld', someoneElse, 'advisor-aino')], { expectedRevision: 'no_stream' });
    const read = await intake.call('GET', `/api/v1/clients/${clientId}?purpose=guidance`, { token: advisor });
    expect(read.status).toBe(200);
    await intake.store.appendToStream(`document-${randomUUID()}`, [otherServiceEvent('DocumentGenerated', clientId, 'document-generation')], { expectedRevision: 'no_stream' });

    const trail = await intake.call('GET', `/api/v1/clients/${clientId}/audit-trail`, { token: advisor });
    expect(trail.status).toBe(200);
    const entries = trail.json.entries as AuditTrailEntry[];
    expect(entries.map((e) => [e.category, e.type])).toEqual([
      ['client', 'ClientRegistered'],
      ['client', 'ConsentRecorded'],
      ['client', 'AdvisorAssigned'],
      ['guidanceProcess', 'MeetingHeld'],
      ['client', 'PersonalDataViewed'],
      ['document', 'DocumentGenerated'],
    ]);
    for (const entry of entries) {
      expect(entry.organisation).toBe(intake.organisation);
      expect(Date.parse(entry.occurredAt)).not.toBeNaN();
      expect(entry.actor.id).toMatch(/^(advisor-aino|document-generation)$/);
    }
    expect(entries.map((e) => e.occurredAt)).toEqual([...entries.map((e) => e.occurredAt)].sort());
    expect(entries[4].viewed).toEqual({ fields: expect.arrayContaining(['name', 'personalIdentityCode', 'email']), purpose: 'guidance' });
    // Types, actors and codes only: no payload, so nothing personal.
    expect(trail.text).not.toContain('Ilmari');
    expect(trail.text).not.toContain('$enc');
  });

  it('is 404 for another organisation and 403 for a role that may not read clients', async () => {
    const created = await intake.call('POST', '/api/v1/clients', {
      token: await intake.token('advisor'),
      body: registration(intake.organisation, { personalIdentityCode: identityCode(723) }),
    });
    expect(created.status).toBe(201);
    const clientId = created.json.clientId as string;
    const other = await intake.call('GET', `/api/v1/clients/${clientId}/audit-trail`, { token: await intake.token('advisor', { org: 'SOMEONE-ELSE' }) });
    expect(other.status).toBe(404);
    const unknown = await intake.call('GET', `/api/v1/clients/${randomUUID()}/audit-trail`, { token: await intake.token('admin') });
    expect(unknown.status).toBe(404);
    const reporter = await intake.call('GET', `/api/v1/clients/${clientId}/audit-trail`, { token: await intake.token('reporter') });
    expect(reporter.status).toBe(403);
  });
});
