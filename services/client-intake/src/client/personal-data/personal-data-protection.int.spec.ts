import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SYSTEM_ACCESS } from '@career/event-sourcing';
import { identityCode, registration, startClientIntake, waitFor, type ClientIntakeTestApp } from '../../test-support/client-intake.test-app';
import { client } from '../domain/client.aggregate';
import { dataKeyIdOf } from '../domain/client.events';
import { RetentionJob } from '../retention/retention.job';

jest.setTimeout(90_000);

// Personal data at rest, crypto-shredding and retention, on the real servers.
describe('personal data protection', () => {
  let intake: ClientIntakeTestApp;
  let advisor: string;

  beforeAll(async () => {
    intake = await startClientIntake('privacy');
    advisor = await intake.token('advisor');
  });
  afterAll(async () => intake?.close());

  const register = async (overrides: Record<string, unknown>) => {
    const response = await intake.call('POST', '/api/v1/clients', { token: advisor, body: registration(intake.organisation, overrides) });
    expect(response.status).toBe(201);
    return response.json.clientId as string;
  };
  const get = (clientId: string) => intake.call('GET', `/api/v1/clients/${clientId}`, { token: advisor });
  const sqliteBytes = () =>
    readdirSync(path.dirname(intake.sqlitePath))
      .filter((file) => file.startsWith(path.basename(intake.sqlitePath)))
      .map((file) => readFileSync(path.join(path.dirname(intake.sqlitePath), file)).toString('latin1'))
      .join('');
  const latin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
  const listRow = async (clientId: string) => {
    const list = await intake.call('GET', '/api/v1/clients?limit=200', { token: advisor });
    expect(list.status).toBe(200);
    return (list.json.items as Array<Record<string, unknown>>).find((item) => item.clientId === clientId);
  };

  it('keeps names, identity codes, emails, phones and notes out of the SQLite file, MongoDB and the logs', async () => {
    const secrets = {
      firstName: 'Hilppa',
      lastName: 'Ylitörmänen',
      personalIdentityCode: identityCode(611),
      email: 'hilppa.ylitormanen@example.fi',
      phone: '+358 50 918 2736',
    };
    const clientId = await register({ ...secrets, address: { street: 'Räätälinkatu 17 B', postalCode: '90100', postOffice: 'Oulu' } });
    const first = await get(clientId);
    expect(first.json).toMatchObject({ ...secrets, status: 'active', erased: [] });
    const changed = await intake.call('PATCH', `/api/v1/clients/${clientId}/contact`, {
      token: advisor,
      headers: { 'if-match': first.headers.get('etag')! },
      body: { email: 'uusi.osoite.hilppa@example.fi', phone: null },
    });
    expect(changed.status).toBe(200);
    await intake.call('POST', `/api/v1/clients/${clientId}/exit`, {
      token: advisor,
      body: { exitDate: first.json.process && (first.json.process as { entryDate: string }).entryDate, reason: 'employed', note: 'Työllistyi Piippolan sahalle' },
    });
    await waitFor(async () => (await listRow(clientId))?.status === 'exited', 10_000, 'the read model');

    const bytes = sqliteBytes();
    expect(bytes).toContain('ClientRegistered');
    const plaintexts = [...Object.values(secrets), 'uusi.osoite.hilppa', 'Räätälinkatu', 'Piippolan', '1985-03-15', '150385'];
    for (const plaintext of plaintexts) expect(bytes).not.toContain(latin1(plaintext));

    const mongoDump = JSON.stringify(
      await Promise.all((await intake.mongo.db!.listCollections().toArray()).map((c) => intake.mongo.collection(c.name).find().toArray())),
    );
    for (const plaintext of plaintexts) expect(mongoDump).not.toContain(plaintext);
    const logText = intake.logs.lines.join('\n');
    for (const plaintext of plaintexts) expect(logText).not.toContain(plaintext);
  });

  it('destruction deletes the keys: reads, exports, lists and a rebuilt read model show the fields erased; the events stay', async () => {
    const clientId = await register({ firstName: 'Tuulikki', lastName: 'Hävitettävä', personalIdentityCode: identityCode(612) });
    await waitFor(async () => (await listRow(clientId))?.name !== undefined, 10_000, 'the list row');
    expect((await listRow(clientId))?.name).toEqual({ firstName: 'Tuulikki', lastName: 'Hävitettävä' });
    const eventsBefore = (await intake.store.readStream(client.streamIdOf(clientId))).length;

    const destroyed = await intake.call('POST', `/api/v1/clients/${clientId}/personal-data-destruction`, { token: advisor, body: { reason: 'other' } });
    expect(destroyed.status).toBe(200);
    expect(await intake.keys.get(dataKeyIdOf(clientId, 'identity'))).toBe('destroyed');
    expect(await intake.keys.get(dataKeyIdOf(clientId, 'voluntary'))).toBe('destroyed');

    const read = await get(clientId);
    expect(read.status).toBe(200);
    expect(read.json).toMatchObject({ status: 'destroyed', firstName: null, lastName: null, personalIdentityCode: null, email: null, phone: null, voluntaryAnswers: null });
    expect(read.json.erased).toEqual(expect.arrayContaining(['name', 'personalIdentityCode', 'dateOfBirth', 'email', 'phone', 'voluntaryAnswers']));
    expect(read.text).not.toContain('Tuulikki');

    const exported = await intake.call('GET', `/api/v1/clients/${clientId}/export`, { token: advisor });
    expect(exported.status).toBe(200);
    expect(exported.text).not.toContain('Tuulikki');
    expect(exported.json.dataKeys).toEqual({ identity: 'destroyed', voluntary: 'destroyed' });
    const registeredData = (exported.json.events as Array<{ type: string; data: Record<string, unknown> }>)[0].data;
    expect(registeredData.firstName).toEqual({ $erased: true });
    expect(registeredData.personalIdentityCode).toEqual({ $erased: true });

    await waitFor(async () => (await listRow(clientId))?.status === 'destroyed', 10_000, 'the destroyed row');
    expect(await listRow(clientId)).toMatchObject({ name: null, nameErased: true });
    await intake.projections.rebuild('clients');
    expect(await listRow(clientId)).toMatchObject({ status: 'destroyed', name: null, nameErased: true });
    const rebuiltRow = await intake.mongo.collection('clients').findOne({ _id: clientId as never });
    expect(rebuiltRow?.encryptedName).toBeUndefined();

    // The events stay (plus the destruction itself); nothing else about the client changes any more.
    const after = await intake.store.readStream(client.streamIdOf(clientId));
    expect(after.length).toBeGreaterThan(eventsBefore);
    expect(after.map((e) => e.type)).toContain('PersonalDataDestroyed');
    const refused = await intake.call('PUT', `/api/v1/clients/${clientId}/advisor`, { token: advisor, body: { advisorId: 'someone' } });
    expect(refused.status).toBe(409);
  });

  it('a crash between the append and the key deletion is repaired, and reads show the fields erased meanwhile', async () => {
    const clientId = await register({ firstName: 'Kaatuva', personalIdentityCode: identityCode(613) });
    // What a process dying right after the append leaves behind: the event, and the keys (the
    // bound command side appends; deleting the keys is the step after it). The destruction
    // projection is held still meanwhile, as it would be in a dead process.
    const recovery = intake.projections.get('personal-data-destruction');
    await recovery.stop();
    const now = new Date();
    await intake.clients.handle(
      clientId,
      { type: 'DestroyPersonalData', data: { reason: 'other' }, metadata: { now } },
      { context: { actor: { id: 'int-advisor', role: 'advisor' }, organisation: intake.organisation, correlationId: 'c', causationId: 'c', now }, access: SYSTEM_ACCESS },
    );
    expect(await intake.keys.get(dataKeyIdOf(clientId, 'identity'))).toBeInstanceOf(Buffer);
    const read = await get(clientId);
    expect(read.json).toMatchObject({ status: 'destroyed', firstName: null, personalIdentityCode: null });
    expect(read.text).not.toContain('Kaatuva');
    const exported = await intake.call('GET', `/api/v1/clients/${clientId}/export`, { token: advisor });
    expect(exported.text).not.toContain('Kaatuva');
    // The process comes back: the projection meets the event and deletes the keys.
    await recovery.start();
    const keyStates = async () => Promise.all((['identity', 'voluntary'] as const).map((scope) => intake.keys.get(dataKeyIdOf(clientId, scope))));
    await waitFor(async () => (await keyStates()).every((key) => key === 'destroyed'), 10_000, 'both keys destroyed by the projection');
  });

  it('withdrawing consent destroys only the voluntary answers', async () => {
    const clientId = await register({ personalIdentityCode: identityCode(614) });
    expect((await get(clientId)).json.voluntaryAnswers).toEqual({ disability: 'no', foreignBackground: 'yes' });
    const withdrawn = await intake.call('POST', `/api/v1/clients/${clientId}/consents`, { token: advisor, body: { action: 'withdraw', scope: 'voluntary-questions' } });
    expect(withdrawn.status).toBe(200);
    expect(await intake.keys.get(dataKeyIdOf(clientId, 'voluntary'))).toBe('destroyed');
    expect(await intake.keys.get(dataKeyIdOf(clientId, 'identity'))).toBeInstanceOf(Buffer);
    const read = await get(clientId);
    expect(read.json).toMatchObject({ status: 'active', firstName: 'Ilmari', voluntaryAnswers: null, consent: { status: 'withdrawn' }, erased: ['voluntaryAnswers'] });
  });

  it('the retention job destroys what is due as of the injected time, and nothing earlier', async () => {
    const clientId = await register({ personalIdentityCode: identityCode(615) });
    const entryDate = ((await get(clientId)).json.process as { entryDate: string }).entryDate;
    await intake.call('POST', `/api/v1/clients/${clientId}/exit`, { token: advisor, body: { exitDate: entryDate, reason: 'studies' } });
    await waitFor(async () => (await listRow(clientId))?.status === 'exited', 10_000, 'the exited row');
    const job = intake.app.get(RetentionJob);
    const years = 5;
    const inYears = (n: number, days = 0) => new Date(Date.parse(`${entryDate}T12:00:00Z`) + (n * 365.25 + days) * 24 * 3600 * 1000);

    const early = await job.runOnce({ now: inYears(years, -30), organisation: intake.organisation });
    expect(early.destroyed).not.toContain(clientId);
    expect(await intake.keys.get(clientId)).toBeInstanceOf(Buffer);

    const due = await job.runOnce({ now: inYears(years, 2), organisation: intake.organisation });
    expect(due).toMatchObject({ retentionYears: years, failed: 0 });
    expect(due.destroyed).toContain(clientId);
    expect(await intake.keys.get(clientId)).toBe('destroyed');
    const trail = await intake.store.readByClient(clientId);
    const destruction = trail.find((e) => e.type === 'PersonalDataDestroyed');
    expect(destruction).toMatchObject({ data: { reason: 'retention-ended', scope: 'all' }, metadata: { actor: { id: 'client-intake.retention', role: 'system' } } });
  });
});
