import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { topicOf, validateIntegrationEvent } from '@career/contracts';
import { SqliteEventStore } from '@career/event-store';
import { fromKafkaMessage } from '@career/messaging';
import { eventually, freePort, startService, type RunningService } from '@career/testing';
import mongoose from 'mongoose';
import { api, e2eEnvironment, registrationBody } from './support/e2e-environment';
import { tapTopic, type KafkaTap, type TappedMessage } from './support/kafka-tap';
import { asStoredBytes, sqliteFileBytes } from './support/raw-bytes';

jest.setTimeout(180_000);

// Issue #3 over HTTP, with client-intake as a real OS process on the real servers (SQLite event
// store, FerretDB, Kafka): refusals, tenancy, the whole lifecycle of a client, the log of use,
// the audit trail, crypto-shredding, retention, and what goes over Kafka.

const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const identityCode = (individualNumber: number) => {
  const nnn = String(individualNumber).padStart(3, '0');
  return `150385-${nnn}${CHECK_CHARACTERS[Number(`150385${nnn}`) % 31]}`;
};
const todayInFinland = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** What registrationBody() puts in every body: none of it may ever leave the service in clear. */
const PLAINTEXTS = ['Testi', 'Kärkkäinen', '150385', 'testi.asiakas', '401234567'];

describe('client-intake end to end', () => {
  const env = e2eEnvironment('intake');
  const serviceEnv = env.envFor('client-intake', { RETENTION_ALLOW_TIME_OVERRIDE: 'true', RETENTION_JOB_INTERVAL_MS: '0' });
  const ours = new Set<string>();
  let intake: RunningService;
  let tap: KafkaTap;
  let advisor: string;

  beforeAll(async () => {
    [intake, tap] = await Promise.all([
      startService({ name: 'client-intake', port: await freePort(), env: serviceEnv }),
      tapTopic(topicOf('client-intake'), env.kafkaBrokers.split(','), env.run),
    ]);
    advisor = await env.token('advisor', env.organisation, 'advisor-aino');
  });
  afterAll(async () => {
    await tap?.stop();
    await intake?.stop();
  });

  const call = (method: string, route: string, options: Parameters<typeof api>[3] = {}) => api(intake.baseUrl, method, route, options);
  const register = async (individualNumber: number, overrides: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
    const response = await call('POST', '/api/v1/clients', {
      token: advisor,
      body: registrationBody(env.organisation, 'Kärkkäinen', individualNumber, overrides),
      headers,
    });
    if (response.status === 201) ours.add(response.json.clientId as string);
    return response;
  };
  const storedState = async () => {
    const store = new SqliteEventStore({ path: serviceEnv.SQLITE_PATH });
    const events = (await store.readAll()).length;
    await store.close();
    const connection = await mongoose.createConnection(serviceEnv.MONGO_URL).asPromise();
    const counts: Record<string, number> = { events };
    for (const name of ['identity_code_index', 'data_keys', 'idempotency_keys']) counts[name] = await connection.collection(name).countDocuments();
    await connection.close();
    return counts;
  };

  describe('refused requests', () => {
    let before: Record<string, number>;
    beforeAll(async () => {
      before = await storedState();
    });

    type Mutation = (body: Record<string, unknown>) => void;
    const set = (path: string, value: unknown): Mutation => (body) => {
      const keys = path.split('.');
      let node = body as Record<string, unknown>;
      for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
      if (value === undefined) delete node[keys[keys.length - 1]];
      else node[keys[keys.length - 1]] = value;
    };
    const both = (...mutations: Mutation[]): Mutation => (body) => mutations.forEach((mutate) => mutate(body));
    const address = { street: 'Rantakatu 5', postalCode: '90100', postOffice: 'Oulu' };

    // [what is wrong, how, the field named in `errors` or the domain code]
    const cases: [string, Mutation, { field: string } | { code: string }][] = [
      ['organisation empty', set('organisation', ''), { field: 'organisation' }],
      ['organisation with spaces', set('organisation', 'has space'), { field: 'organisation' }],
      ['projectCode missing', set('projectCode', undefined), { field: 'projectCode' }],
      ['projectCode with spaces', set('projectCode', 'S 20738'), { field: 'projectCode' }],
      ['firstName empty', set('firstName', ''), { field: 'firstName' }],
      ['firstName too long', set('firstName', 'x'.repeat(101)), { field: 'firstName' }],
      ['lastName a number', set('lastName', 42), { field: 'lastName' }],
      ['personalIdentityCode missing', set('personalIdentityCode', undefined), { field: 'personalIdentityCode' }],
      ['personalIdentityCode with a wrong check character', set('personalIdentityCode', '150385-412X'), { code: 'CLIENT.INVALID_IDENTITY_CODE' }],
      ['personalIdentityCode with an impossible date', set('personalIdentityCode', '320185-412A'), { code: 'CLIENT.INVALID_IDENTITY_CODE' }],
      ['personalIdentityCode with an unknown century sign', set('personalIdentityCode', '150385G412H'), { code: 'CLIENT.INVALID_IDENTITY_CODE' }],
      ['dateOfBirth not YYYY-MM-DD', set('dateOfBirth', '15.3.1985'), { field: 'dateOfBirth' }],
      ['dateOfBirth not a calendar date', set('dateOfBirth', '1985-02-30'), { field: 'dateOfBirth' }],
      ['dateOfBirth disagreeing with the code', set('dateOfBirth', '1985-03-16'), { code: 'CLIENT.DATE_OF_BIRTH_MISMATCH' }],
      ['email not an address', set('email', 'not-an-email'), { field: 'email' }],
      ['phone with letters', set('phone', 'call me'), { field: 'phone' }],
      ['neither email nor phone', both(set('email', undefined), set('phone', undefined)), { code: 'CLIENT.CONTACT_REQUIRED' }],
      ['address.street empty', set('address', { ...address, street: '' }), { field: 'address.street' }],
      ['address.postalCode malformed', set('address', { ...address, postalCode: '!!' }), { field: 'address.postalCode' }],
      ['address.country not ISO alpha-2', set('address', { ...address, country: 'FIN' }), { field: 'address.country' }],
      ['address not an object', set('address', 'Rantakatu 5'), { field: 'address' }],
      ['address an unknown field', set('address', { ...address, floor: 3 }), { field: 'address.floor' }],
      ['municipality empty', set('municipality', ''), { field: 'municipality' }],
      ['municipality not in the classification', set('municipality', 'Atlantis'), { field: 'municipality' }],
      ['municipality code without its leading zero', set('municipality', '91'), { field: 'municipality' }],
      ['preferredLanguage unknown', set('preferredLanguage', 'de'), { field: 'preferredLanguage' }],
      ['referralSource unknown', set('referralSource', 'a-friend'), { field: 'referralSource' }],
      ['entry missing', set('entry', undefined), { field: 'entry' }],
      ['entry not an object', set('entry', 'woman'), { field: 'entry' }],
      ['entry.gender unknown', set('entry.gender', 'female'), { field: 'entry.gender' }],
      ['entry.labourMarketStatus unknown', set('entry.labourMarketStatus', 'retired'), { field: 'entry.labourMarketStatus' }],
      ['entry.unemploymentMonths negative', set('entry.unemploymentMonths', -1), { field: 'entry.unemploymentMonths' }],
      ['entry.unemploymentMonths not whole', set('entry.unemploymentMonths', 1.5), { field: 'entry.unemploymentMonths' }],
      ['entry.unemploymentMonths missing for the unemployed', set('entry.unemploymentMonths', undefined), { code: 'CLIENT.UNEMPLOYMENT_MONTHS_REQUIRED' }],
      ['entry.unemploymentMonths for the employed', set('entry.labourMarketStatus', 'employed'), { code: 'CLIENT.UNEMPLOYMENT_MONTHS_NOT_APPLICABLE' }],
      ['entry.highestEducationIsced 9', set('entry.highestEducationIsced', 9), { field: 'entry.highestEducationIsced' }],
      ['voluntary.disability not an answer', set('voluntary.disability', 'maybe'), { field: 'voluntary.disability' }],
      ['voluntary not an object', set('voluntary', 'no'), { field: 'voluntary' }],
      ['voluntary answers without consent', set('voluntaryConsent', undefined), { code: 'CLIENT.CONSENT_REQUIRED' }],
      ['voluntaryConsent not a boolean', set('voluntaryConsent', 'yes'), { field: 'voluntaryConsent' }],
      ['advisorId with spaces', set('advisorId', 'advisor aino'), { field: 'advisorId' }],
      ['an unknown field', set('hetu', '150385-412F'), { field: 'hetu' }],
    ];

    it.each(cases)('400 for %s', async (_what, mutate, expected) => {
      const body = registrationBody(env.organisation, 'Kärkkäinen', 412);
      mutate(body);
      const response = await call('POST', '/api/v1/clients', { token: advisor, body });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      if ('field' in expected) expect((response.json.errors as { field: string }[]).map((e) => e.field)).toContain(expected.field);
      else expect(response.json.code).toBe(expected.code);
      for (const plaintext of PLAINTEXTS) expect(response.text).not.toContain(plaintext);
    });

    it('401 without a valid token, 403 for roles that may not, 403 registering in another organisation', async () => {
      const body = registrationBody(env.organisation, 'Kärkkäinen', 413);
      expect((await call('POST', '/api/v1/clients', { body })).status).toBe(401);
      expect((await call('POST', '/api/v1/clients', { token: `${advisor}x`, body })).status).toBe(401);
      for (const role of ['reporter', 'coordinator', 'service'] as const) {
        expect((await call('POST', '/api/v1/clients', { token: await env.token(role), body })).status).toBe(403);
      }
      const elsewhere = await call('POST', '/api/v1/clients', { token: advisor, body: registrationBody('SOMEONE-ELSE', 'Kärkkäinen', 413) });
      expect(elsewhere.status).toBe(403);
      expect((await call('GET', '/api/v1/clients', { token: await env.token('reporter') })).status).toBe(403);
      expect((await call('GET', '/api/v1/clients?status=asleep', { token: advisor })).status).toBe(400);
      expect((await call('GET', `/api/v1/clients/${randomUUID()}?purpose=curiosity`, { token: advisor })).status).toBe(400);
      expect((await call('GET', '/api/v1/clients/not-a-uuid', { token: advisor })).status).toBe(400);
    });

    it('stored nothing for any refused request: no event, no index entry, no data key, no idempotency record', async () => {
      expect(await storedState()).toEqual(before);
    });
  });

  describe('a client from registration to destruction', () => {
    let clientId: string;
    let etag: string;

    it('registers (honouring Idempotency-Key) and refuses the same person twice, pointing to them', async () => {
      const key = randomUUID();
      const created = await register(414, {}, { 'idempotency-key': key });
      expect(created.status).toBe(201);
      clientId = created.json.clientId as string;
      expect(created.headers.get('location')).toBe(`/api/v1/clients/${clientId}`);
      expect(created.headers.get('etag')).toBe('"1"'); // ClientRegistered + ConsentRecorded

      const replayed = await register(414, {}, { 'idempotency-key': key });
      expect(replayed.status).toBe(201);
      expect(replayed.json.clientId).toBe(clientId);
      expect(replayed.headers.get('idempotent-replayed')).toBe('true');
      expect((await register(414, { firstName: 'Toinen' }, { 'idempotency-key': key })).status).toBe(422);

      const duplicate = await register(414);
      expect(duplicate.status).toBe(409);
      expect(duplicate.json).toMatchObject({ code: 'CLIENT.DUPLICATE_IDENTITY_CODE', details: { existingClientId: clientId } });
      expect(duplicate.text).not.toContain(identityCode(414));
    });

    it('shows the client decrypted with an ETag, and lists it without identity codes or contact details', async () => {
      const read = await call('GET', `/api/v1/clients/${clientId}?purpose=guidance`, { token: advisor });
      expect(read.status).toBe(200);
      expect(read.json).toMatchObject({
        clientId,
        organisation: env.organisation,
        status: 'active',
        firstName: 'Testi',
        lastName: 'Kärkkäinen',
        personalIdentityCode: identityCode(414),
        dateOfBirth: '1985-03-15',
        email: 'testi.asiakas@example.fi',
        voluntaryAnswers: { disability: 'no', foreignBackground: 'not-told' },
        erased: [],
      });
      etag = read.headers.get('etag')!;
      expect(etag).toBe(`"${read.json.revision}"`);
      expect(etag).toBe('"2"'); // the read itself was recorded first

      const item = await eventually(async () => {
        const list = await call('GET', '/api/v1/clients?status=active', { token: advisor });
        expect(list.status).toBe(200);
        return (list.json.items as Record<string, unknown>[]).find((row) => row.clientId === clientId);
      }, 20_000, 'the client in the list');
      expect(item).toMatchObject({ status: 'active', name: { firstName: 'Testi', lastName: 'Kärkkäinen' }, processNumber: 1 });
      const listed = JSON.stringify(item);
      for (const hidden of ['150385', 'testi.asiakas', '401234567', '1985-03-15']) expect(listed).not.toContain(hidden);
    });

    it('assigns an advisor and updates contact details only with a current If-Match', async () => {
      const assigned = await call('PUT', `/api/v1/clients/${clientId}/advisor`, { token: advisor, body: { advisorId: 'advisor-aino' } });
      expect(assigned.status).toBe(200);
      const current = assigned.headers.get('etag')!;
      const change = { email: 'uusi.osoite@example.fi', phone: null };
      expect((await call('PATCH', `/api/v1/clients/${clientId}/contact`, { token: advisor, body: change })).status).toBe(428);
      const stale = await call('PATCH', `/api/v1/clients/${clientId}/contact`, { token: advisor, body: change, headers: { 'if-match': etag } });
      expect(stale.status).toBe(412);
      const updated = await call('PATCH', `/api/v1/clients/${clientId}/contact`, { token: advisor, body: change, headers: { 'if-match': current } });
      expect(updated.status).toBe(200);
      expect(Number(JSON.parse(updated.headers.get('etag')!))).toBe(Number(JSON.parse(current)) + 1);
      const read = await call('GET', `/api/v1/clients/${clientId}`, { token: advisor });
      expect(read.json).toMatchObject({ email: 'uusi.osoite@example.fi', phone: null, advisorId: 'advisor-aino' });
      const invalid = await call('PATCH', `/api/v1/clients/${clientId}/contact`, { token: advisor, body: { email: 'nope' }, headers: { 'if-match': read.headers.get('etag')! } });
      expect(invalid.status).toBe(400);
    });

    it('withdraws consent (destroying the voluntary answers), exits, re-enters and exits again', async () => {
      const withdrawn = await call('POST', `/api/v1/clients/${clientId}/consents`, { token: advisor, body: { action: 'withdraw', scope: 'voluntary-questions' } });
      expect(withdrawn.status).toBe(200);
      expect((await call('GET', `/api/v1/clients/${clientId}`, { token: advisor })).json).toMatchObject({ voluntaryAnswers: null, erased: ['voluntaryAnswers'] });

      const today = todayInFinland();
      expect((await call('POST', `/api/v1/clients/${clientId}/exit`, { token: advisor, body: { exitDate: today, reason: 'employed', note: 'Sai paikan Piippolan sahalta' } })).status).toBe(200);
      expect((await call('POST', `/api/v1/clients/${clientId}/exit`, { token: advisor, body: { exitDate: today, reason: 'employed' } })).status).toBe(409);
      const reentered = await call('POST', `/api/v1/clients/${clientId}/reentry`, {
        token: advisor,
        body: { statusAtReentry: { labourMarketStatus: 'unemployed', unemploymentMonths: 1 } },
      });
      expect(reentered.status).toBe(200);
      expect((await call('GET', `/api/v1/clients/${clientId}`, { token: advisor })).json).toMatchObject({ status: 'active', process: { number: 2 } });
      expect((await call('POST', `/api/v1/clients/${clientId}/exit`, { token: advisor, body: { exitDate: today, reason: 'studies' } })).status).toBe(200);
    });

    it('gives a service the contact details for documents, and refuses staff that route', async () => {
      const service = await env.token('service', env.organisation, 'document-generation');
      const foreign = await call('GET', `/internal/v1/clients/${clientId}/contact`, { token: await env.token('service', 'PLATFORM', 'document-generation') });
      expect([foreign.status, foreign.json.code]).toEqual([404, 'CLIENT.NOT_FOUND']);
      const contact = await call('GET', `/internal/v1/clients/${clientId}/contact`, { token: service });
      expect(contact.status).toBe(200);
      expect(contact.json).toMatchObject({ clientId, firstName: 'Testi', lastName: 'Kärkkäinen', email: 'uusi.osoite@example.fi', phone: null, preferredLanguage: 'fi' });
      expect(contact.text).not.toContain('150385');
      expect((await call('GET', `/internal/v1/clients/${clientId}/contact`, { token: advisor })).status).toBe(403);
      expect((await call('GET', `/internal/v1/clients/${clientId}/contact`)).status).toBe(401);
    });

    it('exports everything decrypted, and the audit trail shows every interaction with who, where and when', async () => {
      const exported = await call('GET', `/api/v1/clients/${clientId}/export`, { token: advisor });
      expect(exported.status).toBe(200);
      expect(exported.json).toMatchObject({ service: 'client-intake', client: { clientId, firstName: 'Testi' }, dataKeys: { identity: 'held', voluntary: 'destroyed' } });
      const events = exported.json.events as { type: string; data: Record<string, unknown> }[];
      expect(events[0]).toMatchObject({ type: 'ClientRegistered', data: { personalIdentityCode: identityCode(414), voluntary: { $erased: true } } });
      expect(events.find((e) => e.type === 'ClientExited')?.data.note).toBe('Sai paikan Piippolan sahalta');

      const trail = await call('GET', `/api/v1/clients/${clientId}/audit-trail`, { token: advisor });
      expect(trail.status).toBe(200);
      const entries = trail.json.entries as { type: string; actor: { id: string; role: string }; organisation: string; occurredAt: string; viewed?: { purpose?: string } }[];
      expect(entries.map((e) => e.type)).toEqual([
        'ClientRegistered',
        'ConsentRecorded',
        'PersonalDataViewed',
        'PersonalDataViewed', // the list showed the name
        'AdvisorAssigned',
        'ContactDetailsUpdated',
        'PersonalDataViewed',
        'ConsentWithdrawn',
        'PersonalDataDestroyed',
        'PersonalDataViewed',
        'ClientExited',
        'ClientReentered',
        'PersonalDataViewed',
        'ClientExited',
        'PersonalDataViewed', // the service's read
        'PersonalDataViewed', // the export
      ]);
      expect(entries.every((e) => e.organisation === env.organisation && !Number.isNaN(Date.parse(e.occurredAt)))).toBe(true);
      expect(entries[2]).toMatchObject({ actor: { id: 'advisor-aino', role: 'advisor' }, viewed: { purpose: 'guidance' } });
      expect(entries[14]).toMatchObject({ actor: { id: 'document-generation', role: 'service' }, viewed: { purpose: 'document-generation' } });
      expect(entries[15]).toMatchObject({ viewed: { purpose: 'client-access-request' } });
      for (const plaintext of PLAINTEXTS) expect(trail.text).not.toContain(plaintext);
    });

    it("is 404 for another organisation's staff on every route, and changes nothing", async () => {
      const stranger = await env.token('advisor', `${env.organisation}X`, 'stranger');
      const store = new SqliteEventStore({ path: serviceEnv.SQLITE_PATH });
      const before = (await store.readStream(`client-${clientId}`)).length;
      const attempts: [string, string, unknown?, Record<string, string>?][] = [
        ['GET', ''],
        ['GET', '/export'],
        ['GET', '/audit-trail'],
        ['PUT', '/advisor', { advisorId: 'stranger' }],
        ['PATCH', '/contact', { email: 'x@example.fi' }, { 'if-match': '"0"' }],
        ['POST', '/consents', { action: 'record', scope: 'voluntary-questions' }],
        ['POST', '/exit', { exitDate: todayInFinland(), reason: 'other' }],
        ['POST', '/reentry', {}],
        ['POST', '/personal-data-destruction', { reason: 'other' }],
      ];
      for (const [method, suffix, body, headers] of attempts) {
        const response = await call(method, `/api/v1/clients/${clientId}${suffix}`, { token: stranger, body, headers });
        expect({ route: `${method} ${suffix}`, status: response.status }).toEqual({ route: `${method} ${suffix}`, status: 404 });
        expect(response.text).not.toContain('Testi');
      }
      const list = await call('GET', '/api/v1/clients', { token: stranger });
      expect((list.json.items as { clientId: string }[]).map((row) => row.clientId)).not.toContain(clientId);
      expect((await store.readStream(`client-${clientId}`)).length).toBe(before);
      await store.close();
    });

    it('destroys the personal data: every read shows it erased, the events stay, PersonalDataDestroyed goes out on Kafka', async () => {
      const destroyed = await call('POST', `/api/v1/clients/${clientId}/personal-data-destruction`, { token: advisor, body: { reason: 'other' } });
      expect(destroyed.status).toBe(200);
      const read = await call('GET', `/api/v1/clients/${clientId}`, { token: advisor });
      expect(read.json).toMatchObject({ status: 'destroyed', firstName: null, lastName: null, personalIdentityCode: null, email: null });
      expect(read.json.erased).toEqual(expect.arrayContaining(['name', 'personalIdentityCode', 'dateOfBirth', 'email', 'voluntaryAnswers']));
      const exported = await call('GET', `/api/v1/clients/${clientId}/export`, { token: advisor });
      expect(exported.json.dataKeys).toEqual({ identity: 'destroyed', voluntary: 'destroyed' });
      const exportedEvents = exported.json.events as { type: string; data: Record<string, unknown> }[];
      expect(exportedEvents[0].data).toMatchObject({ firstName: { $erased: true }, personalIdentityCode: { $erased: true } });
      expect(exportedEvents.find((e) => e.type === 'ClientExited')?.data.note).toEqual({ $erased: true });
      for (const plaintext of [...PLAINTEXTS, 'uusi.osoite', 'Piippolan']) {
        expect(read.text).not.toContain(plaintext);
        expect(exported.text).not.toContain(plaintext);
      }
      const row = await eventually(async () => {
        const list = await call('GET', '/api/v1/clients?status=destroyed', { token: advisor });
        return (list.json.items as Record<string, unknown>[]).find((item) => item.clientId === clientId);
      }, 20_000, 'the destroyed client in the list');
      expect(row).toMatchObject({ name: null, nameErased: true });
      expect((await call('POST', `/api/v1/clients/${clientId}/reentry`, { token: advisor, body: {} })).status).toBe(409);

      const published = await eventually(async () => {
        const found = tap.messagesFor([clientId]).filter((m) => m.headers.ce_type === 'fi.ely.career.PersonalDataDestroyed.v1');
        return found.length >= 2 ? found : undefined;
      }, 30_000, 'PersonalDataDestroyed (voluntary, then all) on Kafka');
      // In order (one client = one partition); a relay restart could add duplicates after them.
      expect(published.slice(0, 2).map((m) => (fromKafkaMessage(kafkaMessageOf(m)).data as { scope: string }).scope)).toEqual(['voluntary', 'all']);
    });

    it('the retention job destroys an exited client whose retention has ended (time injected)', async () => {
      const created = await register(415);
      const retained = created.json.clientId as string;
      expect((await call('POST', `/api/v1/clients/${retained}/exit`, { token: advisor, body: { exitDate: todayInFinland(), reason: 'job-searching' } })).status).toBe(200);
      await eventually(async () => {
        const list = await call('GET', '/api/v1/clients?status=exited', { token: advisor });
        return (list.json.items as { clientId: string }[]).some((item) => item.clientId === retained) ? true : undefined;
      }, 20_000, 'the exited client in the read model');

      const admin = await env.token('admin');
      const inSixYears = new Date(Date.now() + 6 * 366 * 24 * 3600 * 1000).toISOString();
      expect((await call('POST', `/internal/v1/retention/run?now=${inSixYears}`, { token: advisor })).status).toBe(403);
      const soon = await call('POST', `/internal/v1/retention/run?now=${new Date(Date.now() + 24 * 3600 * 1000).toISOString()}`, { token: admin });
      expect(soon.status).toBe(200);
      expect(soon.json.destroyed).not.toContain(retained);
      // A service token runs the job for the organisation it names only.
      const foreign = await call('POST', `/internal/v1/retention/run?now=${inSixYears}`, { token: await env.token('service', `${env.organisation}X`, 'scheduling') });
      expect(foreign.status).toBe(200);
      expect(foreign.json.destroyed).not.toContain(retained);
      const run = await call('POST', `/internal/v1/retention/run?now=${inSixYears}`, { token: admin });
      expect(run.status).toBe(200);
      expect(run.json.destroyed).toContain(retained);
      const read = await call('GET', `/api/v1/clients/${retained}`, { token: advisor });
      expect(read.json).toMatchObject({ status: 'destroyed', firstName: null, destructions: [{ scope: 'all', reason: 'retention-ended' }] });
    });

    it('nothing personal went over Kafka, into the event store file or into the log', async () => {
      const messages = await eventually(async () => {
        const all = tap.messagesFor(ours);
        return [...ours].every((id) => all.some((m) => m.key === id && m.headers.ce_type === 'fi.ely.career.ClientRegistered.v1')) ? all : undefined;
      }, 30_000, 'every registration on Kafka');
      for (const message of messages) {
        for (const plaintext of [...PLAINTEXTS, 'uusi.osoite', 'Piippolan', '1985-03-15']) expect(message.raw).not.toContain(plaintext);
        const event = fromKafkaMessage(kafkaMessageOf(message));
        expect(validateIntegrationEvent(event.type, event.version, event.data).valid).toBe(true);
      }
      const bytes = sqliteFileBytes(serviceEnv.SQLITE_PATH);
      expect(bytes).toContain('ClientRegistered');
      for (const plaintext of [...PLAINTEXTS, 'uusi.osoite', 'Piippolan', '1985-03-15']) expect(bytes).not.toContain(asStoredBytes(plaintext));
      const log = readFileSync(intake.logFile, 'utf8');
      expect(log).toContain('request completed');
      for (const plaintext of [...PLAINTEXTS, 'uusi.osoite', 'Piippolan', '1985-03-15']) expect(log).not.toContain(plaintext);
    });
  });
});

/** A tapped message back in the shape fromKafkaMessage reads. */
function kafkaMessageOf(message: TappedMessage) {
  return { value: message.value, headers: message.headers };
}
