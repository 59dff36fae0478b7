import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@career/event-sourcing';
import { identityCode, registration, startClientIntake, type ClientIntakeTestApp } from '../../test-support/client-intake.test-app';
import type { AuditTrailEntry } from '../queries/audit-trail.query';

jest.setTimeout(60_000);

// The client's own channel in client-intake: the person (a `client` token carrying their
// identity code) reads and changes their own record only, and sees who handled it.
describe('/api/v1/me: the client’s own record', () => {
  let intake: ClientIntakeTestApp;
  let advisor: string;
  const code = identityCode(631);
  let clientId: string;
  let me: string;

  beforeAll(async () => {
    intake = await startClientIntake('me');
    advisor = await intake.token('advisor', { sub: 'advisor-aino' });
    const created = await intake.call('POST', '/api/v1/clients', { token: advisor, body: registration(intake.organisation, { personalIdentityCode: code }) });
    expect(created.status).toBe(201);
    clientId = created.json.clientId as string;
    me = await intake.clientToken(code, { sub: 'person-631' });
  });
  afterAll(async () => intake?.close());

  const streamOf = async (id: string) => intake.store.readStream(`client-${id}`);

  it('shows the person their own details, never their identity code, and records no view of their own', async () => {
    const before = (await streamOf(clientId)).length;
    const read = await intake.call('GET', '/api/v1/me', { token: me });
    expect(read.status).toBe(200);
    expect(read.json).toMatchObject({ clientId, firstName: 'Ilmari', email: 'ilmari.karkkainen@example.fi', identityCodeOnRecord: true, advisorId: null });
    expect(read.text).not.toContain(code);
    expect(read.headers.get('etag')).toBe(`"${before - 1}"`);
    expect((await streamOf(clientId)).length).toBe(before);
  });

  it('updates their own contact details with If-Match (428 without, 412 stale), as an event whose actor is the client', async () => {
    const read = await intake.call('GET', '/api/v1/me', { token: me });
    const etag = read.headers.get('etag')!;
    expect((await intake.call('PATCH', '/api/v1/me/contact', { token: me, body: { phone: '+358 40 111 2222' } })).status).toBe(428);
    expect((await intake.call('PATCH', '/api/v1/me/contact', { token: me, body: { phone: '+358 40 111 2222' }, headers: { 'if-match': '"0"' } })).status).toBe(412);
    const bad = await intake.call('PATCH', '/api/v1/me/contact', { token: me, body: { email: 'not-an-email' }, headers: { 'if-match': etag } });
    expect(bad.status).toBe(400);
    expect(bad.json.errors).toEqual([expect.objectContaining({ field: 'email' })]);
    expect(bad.text).not.toContain('not-an-email');

    const changed = await intake.call('PATCH', '/api/v1/me/contact', { token: me, body: { phone: '+358 40 111 2222', email: null }, headers: { 'if-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).toBe(`"${changed.json.revision}"`);
    const last = (await streamOf(clientId)).at(-1)!;
    expect(last.type).toBe('ContactDetailsUpdated');
    expect(last.metadata.actor).toEqual({ id: 'person-631', role: 'client' });
    expect(last.metadata.clientId).toBe(clientId);
    const after = await intake.call('GET', '/api/v1/me', { token: me });
    expect(after.json).toMatchObject({ phone: '+358 40 111 2222', email: null });
  });

  it('lists who viewed their data, when and why, and every service’s events about them, with no contents', async () => {
    expect((await intake.call('GET', `/api/v1/clients/${clientId}?purpose=guidance`, { token: advisor })).status).toBe(200);
    const note: NewEvent = {
      type: 'MeetingHeld',
      data: { notes: { $enc: 'aes-256-gcm/v1', iv: 'x', ct: 'y', tag: 'z' } },
      metadata: {
        eventId: randomUUID(),
        schemaVersion: 1,
        occurredAt: new Date().toISOString(),
        correlationId: randomUUID(),
        causationId: randomUUID(),
        actor: { id: 'advisor-aino', role: 'advisor' },
        organisation: intake.organisation,
        clientId,
      },
    };
    await intake.store.appendToStream(`guidanceProcess-${randomUUID()}`, [note], { expectedRevision: 'no_stream' });
    await intake.store.appendToStream(`guidanceProcess-${randomUUID()}`, [{ ...note, metadata: { ...note.metadata, eventId: randomUUID(), clientId: randomUUID() } }], {
      expectedRevision: 'no_stream',
    });
    const trail = await intake.call('GET', '/api/v1/me/audit-trail', { token: me });
    expect(trail.status).toBe(200);
    const entries = trail.json.entries as AuditTrailEntry[];
    expect(entries.map((e) => e.type)).toEqual(['ClientRegistered', 'ConsentRecorded', 'ContactDetailsUpdated', 'PersonalDataViewed', 'MeetingHeld']);
    expect(entries.find((e) => e.type === 'PersonalDataViewed')).toMatchObject({ actor: { id: 'advisor-aino', role: 'advisor' }, viewed: { purpose: 'guidance' } });
    expect(entries.find((e) => e.type === 'ContactDetailsUpdated')).toMatchObject({ actor: { role: 'client' } });
    expect(trail.text).not.toContain('$enc');
    expect(trail.text).not.toContain('Ilmari');
  });

  it('exports what client-intake holds about them, without the identity code, logging no view', async () => {
    const before = (await streamOf(clientId)).length;
    const exported = await intake.call('GET', '/api/v1/me/export', { token: me });
    expect(exported.status).toBe(200);
    expect(exported.json).toMatchObject({ service: 'client-intake', client: { clientId, firstName: 'Ilmari' }, dataKeys: { identity: 'held' }, identityCodeIndex: { entryHeld: true } });
    const events = exported.json.events as { type: string; withheld?: string[] }[];
    expect(events[0]).toMatchObject({ type: 'ClientRegistered', withheld: ['personalIdentityCode'] });
    expect(exported.text).not.toContain(code);
    expect((await streamOf(clientId)).length).toBe(before);
  });

  it('is 404 for a person with no record in the token’s organisation, 403 on staff routes, and never echoes the code', async () => {
    const stranger = identityCode(632);
    const nobody = await intake.call('GET', '/api/v1/me', { token: await intake.clientToken(stranger) });
    expect(nobody.status).toBe(404);
    expect(nobody.text).not.toContain(stranger);
    const elsewhere = await intake.call('GET', '/api/v1/me', { token: await intake.clientToken(code, { org: `${intake.organisation}X` }) });
    expect(elsewhere.status).toBe(404);
    expect((await intake.call('GET', `/api/v1/clients/${clientId}`, { token: me })).status).toBe(403);
    expect((await intake.call('GET', '/api/v1/me', { token: advisor })).status).toBe(403);
    expect(intake.logs.lines.join('\n')).not.toContain(code);
    expect(intake.logs.lines.join('\n')).not.toContain(stranger);
  });
});
