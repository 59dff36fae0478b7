import { identityCode, registration, startClientIntake, type ClientIntakeTestApp } from '../../test-support/client-intake.test-app';

jest.setTimeout(60_000);

// If-Match on the client routes, by the one rule of libs/platform (docs/architecture.md#conventions, HTTP).
describe('If-Match on client changes', () => {
  let intake: ClientIntakeTestApp;
  let advisor: string;

  beforeAll(async () => {
    intake = await startClientIntake('if-match');
    advisor = await intake.token('advisor');
  });
  afterAll(async () => intake?.close());

  // Each change names another municipality of the classification, so each one that passes changes something.
  const municipalities = ['091', '049', '092', '905', '837', '853'];
  let changes = 0;
  const patchContact = (clientId: string, headers: Record<string, string>, token = advisor) =>
    intake.call('PATCH', `/api/v1/clients/${clientId}/contact`, { token, headers, body: { municipality: municipalities[changes++ % municipalities.length] } });

  it('checks the revision the caller saw: 428 without, 412 stale, 400 malformed, `*` any current revision', async () => {
    const created = await intake.call('POST', '/api/v1/clients', { token: advisor, body: registration(intake.organisation, { personalIdentityCode: identityCode(801) }) });
    expect(created.status).toBe(201);
    const clientId = created.json.clientId as string;

    const read = await intake.call('GET', `/api/v1/clients/${clientId}`, { token: advisor });
    const etag = read.headers.get('etag')!;
    expect(etag).toBe(`"${read.json.revision}"`);

    expect((await patchContact(clientId, {})).status).toBe(428);
    for (const malformed of ['3', '"x"', '"1", "2"']) {
      const refused = await patchContact(clientId, { 'if-match': malformed });
      expect(refused.status).toBe(400);
      expect(refused.json.errors).toEqual([expect.objectContaining({ field: 'If-Match' })]);
    }

    const changed = await patchContact(clientId, { 'if-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).toBe(`"${Number(JSON.parse(etag)) + 1}"`);
    expect((await patchContact(clientId, { 'if-match': `W/${etag}` })).status).toBe(412);
    expect((await patchContact(clientId, { 'if-match': '*' })).status).toBe(200);
  });

  it("answers another organisation's client with 404 whatever If-Match says", async () => {
    const created = await intake.call('POST', '/api/v1/clients', { token: advisor, body: registration(intake.organisation, { personalIdentityCode: identityCode(802) }) });
    const clientId = created.json.clientId as string;
    const stranger = await intake.token('advisor', { org: `${intake.organisation}X` });
    for (const ifMatch of ['"0"', '"1"', '"99"', '*']) expect((await patchContact(clientId, { 'if-match': ifMatch }, stranger)).status).toBe(404);
    const exit = await intake.call('POST', `/api/v1/clients/${clientId}/exit`, {
      token: stranger,
      headers: { 'if-match': '"99"' },
      body: { exitDate: '2026-01-01', reason: 'other' },
    });
    expect(exit.status).toBe(404);
  });

  it('refuses an impossible exit date as a 400 naming the field, never rolling it over (docs/architecture.md#conventions, Dates)', async () => {
    const created = await intake.call('POST', '/api/v1/clients', { token: advisor, body: registration(intake.organisation, { personalIdentityCode: identityCode(803) }) });
    const clientId = created.json.clientId as string;
    for (const exitDate of ['2026-02-30', '2026-13-01', '2026-02-28T24:00']) {
      const refused = await intake.call('POST', `/api/v1/clients/${clientId}/exit`, { token: advisor, body: { exitDate, reason: 'other' } });
      expect([refused.status, refused.json.errors]).toEqual([400, [{ field: 'exitDate', reason: 'must be a calendar date YYYY-MM-DD' }]]);
    }
    expect((await intake.store.readStream(`client-${clientId}`)).map((e) => e.type)).not.toContain('ClientExited');
  });
});
