import { identityCode, registration, startClientIntake, type ClientIntakeTestApp } from '../../test-support/client-intake.test-app';

jest.setTimeout(60_000);

// The client channel's first step: which client record is the signed-in person's own. Other
// services ask over this internal route with a service token of the person's organisation.
describe('resolving a signed-in person to their own client record', () => {
  let intake: ClientIntakeTestApp;
  let advisor: string;
  let service: string;

  beforeAll(async () => {
    intake = await startClientIntake('person-resolver');
    advisor = await intake.token('advisor');
    service = await intake.token('service', { sub: 'scheduling' });
  });
  afterAll(async () => intake?.close());

  const register = async (code: string) => {
    const created = await intake.call('POST', '/api/v1/clients', { token: advisor, body: registration(intake.organisation, { personalIdentityCode: code }) });
    expect(created.status).toBe(201);
    return created.json.clientId as string;
  };
  const resolve = (code: string, token = service) => intake.call('POST', '/internal/v1/clients/resolve', { token, body: { identityCode: code } });

  it('finds the person in the organisation of the token, and nowhere else', async () => {
    const code = identityCode(611);
    const clientId = await register(code);
    const found = await resolve(code);
    expect(found.status).toBe(200);
    expect(found.json).toEqual({ clientId });

    const elsewhere = await resolve(code, await intake.token('service', { org: `${intake.organisation}X`, sub: 'scheduling' }));
    expect(elsewhere.status).toBe(404);
    expect((await resolve(identityCode(612))).status).toBe(404);
    // Another century sign is another person.
    expect((await resolve(code.replace('-', 'Y'))).status).toBe(404);
  });

  it('refuses a malformed code (400 naming the field) and callers that are not a service (403), never echoing the code', async () => {
    const malformed = await resolve('13105-308T');
    expect(malformed.status).toBe(400);
    expect(malformed.json.errors).toEqual([{ field: 'identityCode', reason: 'must be a Finnish personal identity code' }]);
    const code = identityCode(613);
    await register(code);
    const byAdvisor = await resolve(code, advisor);
    expect(byAdvisor.status).toBe(403);
    expect(byAdvisor.text).not.toContain(code);
    expect(intake.logs.lines.join('\n')).not.toContain(code);
  });

  it('still finds a person who exited, and no longer one whose data was destroyed', async () => {
    const code = identityCode(614);
    const clientId = await register(code);
    const exit = await intake.call('POST', `/api/v1/clients/${clientId}/exit`, { token: advisor, body: { exitDate: new Date().toISOString().slice(0, 10), reason: 'employed' } });
    expect(exit.status).toBe(200);
    expect((await resolve(code)).json).toEqual({ clientId });

    const destroyed = await intake.call('POST', `/api/v1/clients/${clientId}/personal-data-destruction`, { token: advisor, body: { reason: 'other' } });
    expect(destroyed.status).toBe(200);
    expect((await resolve(code)).status).toBe(404);
  });
});
