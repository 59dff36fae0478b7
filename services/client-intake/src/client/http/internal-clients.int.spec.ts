import { randomUUID } from 'node:crypto';
import { identityCode, registration, startClientIntake, type ClientIntakeTestApp } from '../../test-support/client-intake.test-app';

jest.setTimeout(60_000);

// The internal routes hold a service token to the organisation it names, the user's the call
// is made for (docs/architecture.md#conventions, Tenancy and roles): another organisation's
// client answers exactly like a missing one, unless the service identity is configured as
// cross-organisation (CROSS_ORGANISATION_SERVICES).
describe('internal routes and the organisation of a service token', () => {
  let intake: ClientIntakeTestApp;
  let clientId: string;

  beforeAll(async () => {
    intake = await startClientIntake('internal-tenancy', { CROSS_ORGANISATION_SERVICES: 'fund-audit' });
    const created = await intake.call('POST', '/api/v1/clients', {
      token: await intake.token('advisor'),
      body: registration(intake.organisation, { personalIdentityCode: identityCode(631) }),
    });
    expect(created.status).toBe(201);
    clientId = created.json.clientId as string;
  });
  afterAll(async () => intake?.close());

  const contactOf = (id: string, token: string) => intake.call('GET', `/internal/v1/clients/${id}/contact`, { token });
  const viewsOf = async (id: string) => (await intake.store.readStream(`client-${id}`)).filter((e) => e.type === 'PersonalDataViewed').length;

  it("gives a service of the client's organisation the contact details, and logs the read", async () => {
    const own = await contactOf(clientId, await intake.token('service', { sub: 'document-generation' }));
    expect(own.status).toBe(200);
    expect(own.json).toMatchObject({ clientId, organisation: intake.organisation, firstName: 'Ilmari' });
    expect(await viewsOf(clientId)).toBe(1);
  });

  it('answers a service token of another organisation exactly like a missing client, and logs nothing', async () => {
    const before = await viewsOf(clientId);
    const stranger = await intake.token('service', { org: `${intake.organisation}X`, sub: 'document-generation' });
    const foreign = await contactOf(clientId, stranger);
    const missing = await contactOf(randomUUID(), stranger);
    expect(foreign.status).toBe(404);
    expect([foreign.json.code, foreign.json.title, foreign.json.detail]).toEqual([missing.json.code, missing.json.title, missing.json.detail]);
    expect(foreign.text).not.toContain('Ilmari');
    expect(await viewsOf(clientId)).toBe(before);
  });

  it('lets a service named in CROSS_ORGANISATION_SERVICES read any organisation, and no other identity', async () => {
    const crossing = await contactOf(clientId, await intake.token('service', { org: `${intake.organisation}X`, sub: 'fund-audit' }));
    expect([crossing.status, crossing.json.organisation]).toEqual([200, intake.organisation]);
    // The name must match exactly: a look-alike identity is held to its token's organisation.
    const lookAlike = await contactOf(clientId, await intake.token('service', { org: `${intake.organisation}X`, sub: 'fund-audit-2' }));
    expect(lookAlike.status).toBe(404);
  });

  it("runs the retention job for the service token's organisation only", async () => {
    const other = await intake.call('POST', '/internal/v1/retention/run', { token: await intake.token('service', { org: `${intake.organisation}X`, sub: 'scheduler' }) });
    expect(other.status).toBe(200);
    expect(other.json).toMatchObject({ destroyed: [], skipped: [] });
  });
});
