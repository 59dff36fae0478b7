import { randomUUID } from 'node:crypto';
import { IDENTITY_CODE_HASHER, type IdentityCodeHasher } from './identity-code.providers';
import { identityCode, registration, startClientIntake, type ClientIntakeTestApp } from '../../test-support/client-intake.test-app';

jest.setTimeout(60_000);

// Duplicate detection over HTTP on the real servers (SQLite event store, FerretDB index).
describe('duplicate identity codes (keyed-hash index)', () => {
  let intake: ClientIntakeTestApp;
  let advisor: string;

  beforeAll(async () => {
    intake = await startClientIntake('duplicates');
    advisor = await intake.token('advisor');
  });
  afterAll(async () => intake?.close());

  const register = (code: string, overrides: Record<string, unknown> = {}, token = advisor) =>
    intake.call('POST', '/api/v1/clients', { token, body: registration(intake.organisation, { personalIdentityCode: code, ...overrides }) });
  const index = () => intake.mongo.collection<{ _id: string; clientId: string; state: string; claimedAt: Date }>('identity_code_index');
  const entryOf = async (clientId: string) => index().findOne({ clientId });

  it('refuses a second active registration with 409 pointing to the existing client, and stores nothing for it', async () => {
    const code = identityCode(501);
    const first = await register(code);
    expect(first.status).toBe(201);
    const existingClientId = first.json.clientId as string;
    const eventsBefore = (await intake.store.readAll()).length;

    const second = await register(code, { firstName: 'Toinen' });
    expect(second.status).toBe(409);
    expect(second.json).toMatchObject({ code: 'CLIENT.DUPLICATE_IDENTITY_CODE', details: { existingClientId } });
    expect(second.text).not.toContain(code);
    expect((await intake.store.readAll()).length).toBe(eventsBefore);
    expect(await index().countDocuments({ clientId: { $ne: existingClientId }, state: 'pending' })).toBe(0);
  });

  it('keeps the code only as a keyed hash, per organisation, exactly as given', async () => {
    const code = identityCode(502);
    const created = await register(code);
    const entry = await entryOf(created.json.clientId as string);
    expect(entry).toMatchObject({ state: 'registered' });
    expect(entry!._id).toMatch(/^[0-9a-f]{64}$/);
    const everything = JSON.stringify(await index().find().toArray());
    expect(everything).not.toContain(code);
    expect(everything).not.toContain('150385');

    // Another organisation may register the same person.
    const otherOrganisation = `${intake.organisation}B`;
    const elsewhere = await intake.call('POST', '/api/v1/clients', {
      token: await intake.token('advisor', { org: otherOrganisation }),
      body: registration(otherOrganisation, { personalIdentityCode: code }),
    });
    expect(elsewhere.status).toBe(201);
    // Same digits with another century sign of the same century is another person (stored exactly as given).
    expect((await register(code.replace('-', 'Y'))).status).toBe(201);
  });

  it('of concurrent registrations of one code exactly one is created', async () => {
    const code = identityCode(503);
    const attempts = await Promise.all(Array.from({ length: 8 }, (_, n) => register(code, { lastName: `Rinnakkainen${n}` })));
    const created = attempts.filter((a) => a.status === 201);
    expect(created).toHaveLength(1);
    const winner = created[0].json.clientId as string;
    for (const refused of attempts.filter((a) => a.status !== 201)) {
      expect(refused.status).toBe(409);
      expect(refused.json.details).toEqual({ existingClientId: winner });
    }
    const registrations = (await intake.store.readAll({ categories: ['client'] })).filter(
      (e) => e.type === 'ClientRegistered' && e.metadata.organisation === intake.organisation,
    );
    expect(registrations.filter((e) => e.metadata.clientId === winner)).toHaveLength(1);
    expect(await index().countDocuments({ clientId: { $ne: winner }, state: 'pending' })).toBe(0);
  });

  it('after an exit the person comes back by re-entry, not by a second registration (counted once)', async () => {
    const code = identityCode(504);
    const first = (await register(code)).json.clientId as string;
    const exit = await intake.call('POST', `/api/v1/clients/${first}/exit`, { token: advisor, body: { exitDate: todayInFinland(), reason: 'employed' } });
    expect(exit.status).toBe(200);

    const second = await register(code);
    expect(second.status).toBe(409);
    expect(second.json.code).toBe('CLIENT.REENTRY_REQUIRED');
    expect(second.json.details).toEqual({ existingClientId: first });

    const reentry = await intake.call('POST', `/api/v1/clients/${first}/reentry`, { token: advisor, body: {} });
    expect(reentry.status).toBe(200);
    expect((await entryOf(first))?.clientId).toBe(first);
    const third = await register(code);
    expect(third.status).toBe(409);
    expect(third.json.code).toBe('CLIENT.DUPLICATE_IDENTITY_CODE');
    expect(third.json.details).toEqual({ existingClientId: first });
  });

  describe('crash windows', () => {
    it('a claim whose registration never reached the store blocks only for the grace period', async () => {
      const code = identityCode(505);
      const hash = intake.app.get<IdentityCodeHasher>(IDENTITY_CODE_HASHER)(intake.organisation, code);
      // As a crash between claim and append leaves it: pending, for a client that has no stream.
      const ghost = randomUUID();
      await index().insertOne({ _id: hash, clientId: ghost, state: 'pending', claimedAt: new Date() });
      // Within the grace period it is a registration in flight...
      const inFlight = await register(code);
      expect(inFlight.status).toBe(409);
      expect(inFlight.json.details).toEqual({ existingClientId: ghost });
      // ...after it, an abandoned claim, taken over.
      await index().updateOne({ _id: hash }, { $set: { claimedAt: new Date(Date.now() - 60 * 60 * 1000) } });
      const afterGrace = await register(code);
      expect(afterGrace.status).toBe(201);
      expect(await index().findOne({ _id: hash })).toMatchObject({ clientId: afterGrace.json.clientId, state: 'registered' });
    });

    it('a claim left pending after a successful append is verified against the store and repaired', async () => {
      const code = identityCode(507);
      const created = await register(code);
      const clientId = created.json.clientId as string;
      // As a crash between append and confirm leaves it.
      await index().updateOne({ clientId }, { $set: { state: 'pending', claimedAt: new Date(Date.now() - 60 * 60 * 1000) } });
      const again = await register(code);
      expect(again.status).toBe(409);
      expect(again.json.details).toEqual({ existingClientId: clientId });
      expect((await entryOf(clientId))?.state).toBe('registered');
    });
  });

  it('destruction removes the entry, and the code can be registered again', async () => {
    const code = identityCode(508);
    const clientId = (await register(code)).json.clientId as string;
    const destroyed = await intake.call('POST', `/api/v1/clients/${clientId}/personal-data-destruction`, { token: advisor, body: { reason: 'other' } });
    expect(destroyed.status).toBe(200);
    expect(await entryOf(clientId)).toBeNull();
    expect((await register(code)).status).toBe(201);
  });
});

function todayInFinland(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
