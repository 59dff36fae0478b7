import { topicOf } from '@career/contracts';
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { createKafka } from '@career/messaging';
import { freePort, startService, WORKSPACE_ROOT, type RunningService } from '@career/testing';
import { api, e2eEnvironment, registrationBody } from './support/e2e-environment';

jest.setTimeout(240_000);

/** What the reference consumer prints per event with --json. */
interface ConsumerLine {
  status: 'valid' | 'invalid';
  type?: string;
  version?: number;
  subject?: string;
  organisation?: string;
  topic: string;
  errors: string[];
}

const CONSUMER = path.join(WORKSPACE_ROOT, 'examples/consumer/consumer.mjs');
const SCHEMAS = path.join(WORKSPACE_ROOT, 'libs/contracts/schemas');
/**
 * Every service runs, so the scenario's events include whatever the others publish in
 * reaction to a registration once they are wired: the assertions take what they see.
 */
const SERVICES = ['client-intake', 'scheduling', 'skills-assessment', 'document-generation', 'outcomes-reporting'];

/** Runs the consumer to completion (it exits after --idle-ms without messages). */
function runConsumer(args: string[]): Promise<{ code: number | null; lines: ConsumerLine[]; stderr: string }> {
  return new Promise((resolve, reject) => {
    // Its dependencies (kafkajs, ajv, ajv-formats) resolve from the workspace's node_modules.
    const child = spawn(process.execPath, [CONSUMER, ...args], { cwd: WORKSPACE_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      const lines = stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as ConsumerLine);
      resolve({ code, lines, stderr });
    });
  });
}

// The way an outside service starts (examples/consumer): plain kafkajs and the published JSON
// Schemas only. It must receive and validate every event a registration scenario produces.
describe('reference consumer (examples/consumer)', () => {
  const env = e2eEnvironment('refconsumer');
  const services: RunningService[] = [];
  let intake: RunningService;
  const registered: string[] = [];
  // A topic of its own (in this run's topic namespace, like the services'), for one deliberately broken message.
  const junkTopic = topicOf(`e2e-${env.run.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`);
  const kafka = createKafka({ brokers: env.kafkaBrokers.split(','), clientId: `e2e-${env.run}` });

  beforeAll(async () => {
    const started = await Promise.allSettled(SERVICES.map(async (name) => startService({ name, port: await freePort(), env: env.envFor(name) })));
    for (const result of started) if (result.status === 'fulfilled') services.push(result.value);
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    intake = services.find((s) => s.name === 'client-intake')!;
  });
  afterAll(async () => {
    await Promise.all(services.map((s) => s.stop()));
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: [junkTopic] }).catch(() => undefined);
    await admin.disconnect();
  });

  it('receives and validates every event type the scenario produced', async () => {
    const advisor = await env.token('advisor');
    for (const [i, lastName] of ['Lindqvist', 'Heikkinen', 'Nieminen'].entries()) {
      const body = registrationBody(env.organisation, lastName, 400 + i, i < 2 ? { advisorId: `advisor-${i + 1}` } : {});
      const response = await api(intake.baseUrl, 'POST', '/api/v1/clients', { token: advisor, body });
      expect(response.status).toBe(201);
      registered.push((response.json as { clientId: string }).clientId);
    }

    // One message that breaks its schema: the consumer must call it invalid, not skip it.
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: junkTopic, numPartitions: 1 }], waitForLeaders: true });
    await admin.disconnect();
    const producer = kafka.producer();
    await producer.connect();
    const junkClient = '00000000-0000-4000-8000-000000000e2e';
    await producer.send({
      topic: junkTopic,
      messages: [{
        key: junkClient,
        value: JSON.stringify({ clientId: junkClient, organisation: env.organisation }),
        headers: {
          ce_specversion: '1.0', ce_id: `junk-${env.run}`, ce_source: '/career/e2e', ce_type: 'fi.ely.career.ClientRegistered.v1',
          ce_subject: junkClient, ce_time: new Date().toISOString(), ce_organisation: env.organisation, 'content-type': 'application/json',
        },
      }],
    });
    await producer.disconnect();

    const { code, lines, stderr } = await runConsumer([
      '--brokers', env.kafkaBrokers,
      // This run's topics (an outside consumer would subscribe to every career.<service>.events.v1).
      '--topics', [...SERVICES.map((service) => topicOf(service)), junkTopic].join(','),
      '--group-id', `reference-consumer-${env.run}`,
      '--organisation', env.organisation,
      '--idle-ms', '8000',
      '--json',
    ]);
    const ours = lines.filter((l) => l.topic !== junkTopic);
    const junk = lines.filter((l) => l.topic === junkTopic);

    // Every event the services published for this organisation is valid against its schema.
    expect(ours.filter((l) => l.status !== 'valid')).toEqual([]);
    expect(ours.every((l) => l.organisation === env.organisation)).toBe(true);
    // At least client-intake's: a ClientRegistered per client, an AdvisorAssigned per advisor given.
    const subjectsOf = (type: string) => ours.filter((l) => l.type === type).map((l) => l.subject).sort();
    expect(subjectsOf('ClientRegistered')).toEqual([...registered].sort());
    expect(subjectsOf('AdvisorAssigned')).toEqual(registered.slice(0, 2).sort());
    // Whatever other types appeared have a published schema (the consumer validated them all).
    const schemaFiles = new Set(readdirSync(SCHEMAS).map((f) => f.replace(/\.json$/, '')));
    for (const l of ours) expect(schemaFiles).toContain(`${l.type}.v${l.version}`);
    console.log(`reference consumer saw: ${[...new Set(ours.map((l) => `${l.type}.v${l.version}`))].sort().join(', ')}`);

    // The broken message: reported invalid, naming the fields, and the exit code says so.
    expect(junk).toEqual([expect.objectContaining({ status: 'invalid', type: 'ClientRegistered', version: 1, errors: expect.arrayContaining(["/ must have required property 'projectCode'"]) })]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${lines.length} events, 1 invalid`);
  });
});
