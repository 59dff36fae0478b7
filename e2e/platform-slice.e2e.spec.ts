import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { topicOf, dlqTopicOf, validateIntegrationEvent } from '@career/contracts';
import { SqliteEventStore } from '@career/event-store';
import { createKafka, fromKafkaMessage } from '@career/messaging';
import { eventually, freePort, startService, startTcpProxy, type RunningService } from '@career/testing';
import mongoose from 'mongoose';
import { api, e2eEnvironment, registrationBody } from './support/e2e-environment';

jest.setTimeout(180_000);

// Issue #2's slice through every layer, with the services as separate OS processes:
// POST /api/v1/clients (client-intake) -> event store -> relay -> Kafka -> outcomes-reporting's
// consumer -> MongoDB read model -> GET /api/v1/reports/participants.
describe('platform slice: registration reaches the participants report', () => {
  const env = e2eEnvironment('slice');
  const clientIntakeTopic = topicOf('client-intake');
  let intake: RunningService;
  let reporting: RunningService;
  let intakePort: number;
  const names = ['Äijälä', 'Öhman', 'Šuvi', 'Åström', 'Ylönen', 'Korhonen', 'Mäkinen'];
  const registered: string[] = [];

  beforeAll(async () => {
    intakePort = await freePort();
    [intake, reporting] = await Promise.all([
      startService({ name: 'client-intake', port: intakePort, env: env.envFor('client-intake') }),
      startService({ name: 'outcomes-reporting', port: await freePort(), env: env.envFor('outcomes-reporting') }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([intake?.stop(), reporting?.stop()]);
  });

  const register = async (lastName: string) => {
    const token = await env.token('advisor');
    return api(intake.baseUrl, 'POST', '/api/v1/clients', {
      token,
      body: registrationBody(env.organisation, lastName),
    });
  };
  const participantsReport = async () => {
    const response = await api(reporting.baseUrl, 'GET', '/api/v1/reports/participants', { token: await env.token('reporter') });
    expect(response.status).toBe(200);
    return response.json as { byOrganisation: { organisation: string; participants: number | '<5' }[] };
  };
  const countFor = async () => (await participantsReport()).byOrganisation.find((row) => row.organisation === env.organisation)?.participants;

  it('registers clients and shows them in the report within seconds', async () => {
    for (const name of names.slice(0, 6)) {
      const response = await register(name);
      expect(response.status).toBe(201);
      expect(response.headers.get('location')).toMatch(/^\/api\/v1\/clients\/[0-9a-f-]{36}$/);
      registered.push((response.json as { clientId: string }).clientId);
    }
    const count = await eventually(async () => ((await countFor()) === 6 ? 6 : undefined), 20_000, 'six participants in the report');
    expect(count).toBe(6);
  });

  it('suppresses small counts: an organisation with fewer than 5 participants shows "<5"', async () => {
    const other = `${env.organisation}S`;
    const token = await env.token('advisor', other);
    const response = await api(intake.baseUrl, 'POST', '/api/v1/clients', { token, body: registrationBody(other, 'Grupp', 201, { preferredLanguage: 'sv' }) });
    expect(response.status).toBe(201);
    const reporterOfOther = await env.token('reporter', other);
    const row = await eventually(async () => {
      const report = await api(reporting.baseUrl, 'GET', '/api/v1/reports/participants', { token: reporterOfOther });
      return (report.json as { byOrganisation: { organisation: string; participants: unknown }[] }).byOrganisation.find((r) => r.organisation === other);
    }, 20_000, 'the small organisation in the report');
    expect(row.participants).toBe('<5');
  });

  it('refuses bad requests with problem+json and appends nothing', async () => {
    const store = new SqliteEventStore({ path: env.envFor('client-intake').SQLITE_PATH });
    const before = (await store.readAll()).length;
    const advisor = await env.token('advisor');

    const noToken = await api(intake.baseUrl, 'POST', '/api/v1/clients', { body: registrationBody(env.organisation, 'B') });
    expect(noToken.status).toBe(401);
    const badToken = await api(intake.baseUrl, 'POST', '/api/v1/clients', { token: `${advisor}x`, body: {} });
    expect(badToken.status).toBe(401);
    const wrongRole = await api(intake.baseUrl, 'POST', '/api/v1/clients', { token: await env.token('reporter'), body: registrationBody(env.organisation, 'B') });
    expect(wrongRole.status).toBe(403);
    const otherOrganisation = await api(intake.baseUrl, 'POST', '/api/v1/clients', { token: advisor, body: registrationBody('SOMEONE-ELSE', 'B') });
    expect(otherOrganisation.status).toBe(403);

    const invalid = await api(intake.baseUrl, 'POST', '/api/v1/clients', { token: advisor, body: registrationBody(env.organisation, 'Virtanen', 300, { preferredLanguage: 'de', firstName: '' }) });
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const fields = (invalid.json.errors as { field: string }[]).map((e) => e.field).sort();
    expect(fields).toEqual(['firstName', 'preferredLanguage']);
    expect(invalid.text).not.toContain('Virtanen');
    // A wrong identity code is refused without echoing it.
    const badCode = registrationBody(env.organisation, 'Virtanen', 301, { personalIdentityCode: '150385-301X' });
    const refusedCode = await api(intake.baseUrl, 'POST', '/api/v1/clients', { token: advisor, body: badCode });
    expect(refusedCode.status).toBe(400);
    expect(refusedCode.text).not.toContain('150385-301X');

    const malformed = await api(intake.baseUrl, 'POST', '/api/v1/clients', { token: advisor, body: '{"organisation": ' });
    expect(malformed.status).toBe(400);
    const unknownRoute = await api(intake.baseUrl, 'GET', '/api/v1/nothing-here', { token: advisor });
    expect(unknownRoute.status).toBe(404);
    expect(unknownRoute.headers.get('content-type')).toMatch(/application\/problem\+json/);

    expect((await store.readAll()).length).toBe(before);
    await store.close();
  });

  it('keeps names out of Kafka and out of the event store file, and publishes valid CloudEvents', async () => {
    const kafka = createKafka({ brokers: env.kafkaBrokers.split(','), clientId: `e2e-reader-${env.run}` });
    const consumer = kafka.consumer({ groupId: `e2e-reader-${env.run}` });
    await consumer.connect();
    await consumer.subscribe({ topic: clientIntakeTopic, fromBeginning: true });
    const ours = new Map<string, { raw: string; headers: Record<string, string> }[]>();
    await consumer.run({
      eachMessage: async ({ message }) => {
        const key = message.key?.toString() ?? '';
        if (!registered.includes(key)) return;
        const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]));
        ours.set(key, [...(ours.get(key) ?? []), { raw: `${message.value?.toString()}${JSON.stringify(headers)}`, headers }]);
        const event = fromKafkaMessage(message);
        expect(validateIntegrationEvent(event.type, event.version, event.data).valid).toBe(true);
      },
    });
    await eventually(async () => (registered.every((id) => ours.has(id)) ? true : undefined), 20_000, 'every registration on Kafka');
    await consumer.disconnect();
    for (const messages of ours.values()) {
      for (const { raw, headers } of messages) {
        for (const name of names) expect(raw).not.toContain(name);
        expect(raw).not.toContain('Testi');
        expect(raw).not.toContain('150385');
        expect(raw).not.toContain('testi.asiakas');
        expect(raw).not.toContain('401234567');
        expect(headers).toMatchObject({ ce_specversion: '1.0', ce_type: 'fi.ely.career.ClientRegistered.v1', ce_source: '/career/client-intake', 'content-type': 'application/json' });
        expect(registered).toContain(headers.ce_subject);
      }
    }
    const sqliteDir = path.dirname(env.envFor('client-intake').SQLITE_PATH);
    const bytes = readdirSync(sqliteDir)
      .filter((f) => f.startsWith('events.sqlite'))
      .map((f) => readFileSync(path.join(sqliteDir, f)).toString('latin1'))
      .join('');
    expect(bytes).toContain('ClientRegistered');
    for (const name of names) expect(bytes).not.toContain(Buffer.from(name, 'utf8').toString('latin1'));
    expect(bytes).not.toContain('Testi');
    expect(bytes).not.toContain('150385-');
    expect(bytes).not.toContain('testi.asiakas');
    expect(bytes).not.toContain('401234567');
  });

  it('dead-letters a poison message with its origin and keeps the partition flowing', async () => {
    const kafka = createKafka({ brokers: env.kafkaBrokers.split(','), clientId: `e2e-poison-${env.run}` });
    const producer = kafka.producer();
    await producer.connect();
    const poisonKey = registered[0];
    // Same key as a real client = same partition as that client's next events.
    await producer.send({ topic: clientIntakeTopic, messages: [{ key: poisonKey, value: '{"not": "a CloudEvent"', headers: { ce_id: `poison-${env.run}` } }] });
    await producer.disconnect();

    const dlq = kafka.consumer({ groupId: `e2e-dlq-${env.run}` });
    await dlq.connect();
    await dlq.subscribe({ topic: dlqTopicOf(clientIntakeTopic), fromBeginning: true });
    const deadLetters: Record<string, string>[] = [];
    await dlq.run({
      eachMessage: async ({ message }) => {
        const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]));
        if (headers.ce_id === `poison-${env.run}` && headers.dlq_origin_topic) deadLetters.push(headers);
      },
    });
    const response = await register(names[6]);
    expect(response.status).toBe(201);
    await eventually(async () => ((await countFor()) === 7 ? true : undefined), 20_000, 'the registration after the poison message');
    await eventually(async () => (deadLetters.length > 0 ? true : undefined), 20_000, 'the poison message in the DLQ');
    await dlq.disconnect();
    expect(deadLetters[0]).toMatchObject({ dlq_origin_topic: clientIntakeTopic });
    expect(Number(deadLetters[0].dlq_origin_offset)).toBeGreaterThanOrEqual(0);
    expect(deadLetters[0].dlq_error).toBeTruthy();
  });

  it('a relay that lost its checkpoint after the broker acked republishes: duplicates, no gaps, each client counted once', async () => {
    await intake.stop();
    // What a crash between the broker's ack and the checkpoint write leaves behind: the
    // checkpoint is behind what the broker has. Here: no checkpoint at all.
    const connection = await mongoose.createConnection(env.envFor('client-intake').MONGO_URL).asPromise();
    const removed = await connection.collection('checkpoints').deleteOne({ _id: 'client-intake.relay' as never });
    expect(removed.deletedCount).toBe(1);
    await connection.close();

    intake = await startService({ name: 'client-intake', port: intakePort, env: env.envFor('client-intake') });
    const response = await register('Jälkeen');
    expect(response.status).toBe(201);
    await eventually(async () => ((await countFor()) === 8 ? true : undefined), 30_000, 'the post-restart registration');
    // All earlier clients were republished (duplicates) and still count once each.
    expect(await countFor()).toBe(8);
  });
});

describe('readiness follows the dependencies', () => {
  const env = e2eEnvironment('ready');
  let service: RunningService | undefined;
  afterAll(async () => {
    await service?.stop();
  });

  it('starts while Kafka and MongoDB are unreachable, reports not-ready, and recovers when they come back', async () => {
    const [kafkaPort, mongoPort, port] = [await freePort(), await freePort(), await freePort()];
    service = await startService({
      name: 'client-intake',
      port,
      waitFor: 'live',
      env: env.envFor('client-intake', { KAFKA_BROKERS: `127.0.0.1:${kafkaPort}`, MONGO_URL: `mongodb://127.0.0.1:${mongoPort}/career-e2e-${env.run}-ready` }),
    });
    const notReady = await api(service.baseUrl, 'GET', '/health/ready');
    expect(notReady.status).toBe(503);
    const checks = (notReady.json as { checks: Record<string, { status: string }> }).checks;
    expect(checks.kafka.status).toBe('error');
    expect(checks.mongodb.status).toBe('error');

    const proxies = [await startTcpProxy(kafkaPort, Number(env.kafkaBrokers.split(':')[1] ?? 9092)), await startTcpProxy(mongoPort, Number(new URL(env.mongoBase).port || 27017))];
    try {
      await eventually(async () => ((await api(service!.baseUrl, 'GET', '/health/ready')).status === 200 ? true : undefined), 60_000, 'readiness after recovery');
      const registered = await api(service.baseUrl, 'POST', '/api/v1/clients', {
        token: await env.token('advisor'),
        body: registrationBody(env.organisation, 'Again'),
      });
      expect(registered.status).toBe(201);
    } finally {
      await service.stop();
      service = undefined;
      await Promise.all(proxies.map((p) => p.close()));
    }
  });
});
