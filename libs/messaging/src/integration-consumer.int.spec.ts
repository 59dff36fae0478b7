import { randomUUID } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { dlqTopicOf, exampleClientRegisteredV1, sourceOf, type IntegrationEvent } from '@career/contracts';
import { MongoConsumedEventLog } from '@career/platform';
import { dropTestDatabase, openTestDatabase } from '@career/platform/testing';
import { Partitioners, type Kafka, type Producer } from 'kafkajs';
import { IntegrationConsumer, type IntegrationConsumerOptions, type MessageOrigin } from './integration-consumer';
import { toKafkaMessage } from './to-kafka-message';
import { connectTestKafka, deleteTopics, header, readTopic, uniqueTopic, waitFor } from './test-support/kafka-test-env';

jest.setTimeout(90_000);

function registration(overrides: Partial<IntegrationEvent> = {}, data: object = {}): IntegrationEvent {
  const clientId = overrides.subject ?? randomUUID();
  return {
    id: randomUUID(),
    type: 'ClientRegistered',
    version: 1,
    source: sourceOf('client-intake'),
    subject: clientId,
    time: '2026-02-03T09:15:00.000Z',
    organisation: 'KEHA-UUSIMAA',
    data: { ...exampleClientRegisteredV1(clientId), ...data },
    ...overrides,
  };
}

describe('IntegrationConsumer (real Kafka)', () => {
  let kafka: Kafka;
  let producer: Producer;
  let topics: string[] = [];
  let running: IntegrationConsumer[] = [];

  beforeAll(async () => {
    kafka = await connectTestKafka('consumer-int-test');
  });
  // A producer per test: kafkajs keeps refreshing metadata of every topic it ever produced
  // to, and fails once one of them is deleted (as each test's topics are, afterwards).
  beforeEach(async () => {
    producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
  });
  afterEach(async () => {
    for (const c of running) await c.stop();
    running = [];
    await producer.disconnect();
    if (topics.length) await deleteTopics(kafka, topics.flatMap((t) => [t, dlqTopicOf(t)])).catch(() => undefined);
    topics = [];
  });

  const newTopic = async (name: string) => {
    const topic = await uniqueTopic(kafka, name);
    topics.push(topic);
    return topic;
  };

  function consumer(options: Omit<IntegrationConsumerOptions, 'kafka'>): IntegrationConsumer {
    const c = new IntegrationConsumer({ kafka, retryDelayMs: 20, ...options });
    running.push(c);
    return c;
  }

  async function committedOffset(groupId: string, topic: string, partition: number): Promise<string> {
    const admin = kafka.admin();
    await admin.connect();
    try {
      const [{ partitions }] = await admin.fetchOffsets({ groupId, topics: [topic] });
      return partitions.find((p) => p.partition === partition)!.offset;
    } finally {
      await admin.disconnect();
    }
  }

  it('dead-letters poison messages with their origin and keeps the partition flowing', async () => {
    const topic = await newTopic('consumer-dlq');
    const good = registration();
    const failing = registration();
    const last = registration();
    const valid = (e: IntegrationEvent) => toKafkaMessage(e);
    // All on partition 0, in this order: offsets 0..5.
    const messages = [
      valid(good),
      { ...valid(registration()), value: '{"clientId": Maija' }, // not JSON
      valid(registration({}, { name: 'Maija Meikäläinen' })), // breaks the schema
      { ...valid(registration()), headers: { ...valid(registration()).headers, ce_type: undefined } }, // no type
      valid(failing), // the handler always fails on this one
      valid(last),
    ].map((m) => ({ ...m, partition: 0, headers: Object.fromEntries(Object.entries(m.headers).filter(([, v]) => v !== undefined)) as Record<string, string> }));
    await producer.send({ topic, acks: -1, messages });

    const handled: { id: string; origin: MessageOrigin }[] = [];
    const groupId = `dlq-test-${randomUUID()}`;
    const c = consumer({
      groupId,
      topics: [topic],
      maxAttempts: 3,
      handle: async (event, origin) => {
        if (event.id === failing.id) throw new Error('read model rejected it');
        handled.push({ id: event.id, origin });
      },
    });
    await c.start();
    await waitFor(() => handled.length === 2, 30_000, 'the good messages');
    expect(handled).toEqual([
      { id: good.id, origin: { topic, partition: 0, offset: '0' } },
      { id: last.id, origin: { topic, partition: 0, offset: '5' } },
    ]);
    await waitFor(async () => (await committedOffset(groupId, topic, 0)) === '6', 20_000, 'commit past everything');

    const dead = await readTopic(kafka, dlqTopicOf(topic));
    dead.sort((a, b) => Number(header(a, 'dlq_origin_offset')) - Number(header(b, 'dlq_origin_offset')));
    expect(dead.map((m) => [header(m, 'dlq_origin_topic'), header(m, 'dlq_origin_partition'), header(m, 'dlq_origin_offset')])).toEqual([
      [topic, '0', '1'],
      [topic, '0', '2'],
      [topic, '0', '3'],
      [topic, '0', '4'],
    ]);
    expect(dead.map((m) => header(m, 'dlq_error'))).toEqual([
      'InvalidMessageError: value is not valid JSON',
      'InvalidMessageError: data breaks ClientRegistered.v1: / must NOT have additional properties (name)',
      'InvalidMessageError: missing header ce_type',
      'Error: read model rejected it',
    ]);
    expect(dead.map((m) => header(m, 'dlq_attempts'))).toEqual(['0', '0', '0', '3']);
    for (const [i, m] of dead.entries()) {
      // The original message is kept whole: value, key and its own headers.
      expect(m.value?.toString()).toBe(messages[i + 1].value);
      expect(m.key?.toString()).toBe(messages[i + 1].key);
      expect(header(m, 'ce_id')).toBe(messages[i + 1].headers.ce_id);
      expect(header(m, 'dlq_error')).not.toContain('Maija');
    }
    expect(c.health()).toMatchObject({ status: 'running', processed: 2, deadLettered: 4 });
  });

  it('does not commit while the handler fails: a restarted consumer gets the message again', async () => {
    const topic = await newTopic('consumer-redeliver');
    const event = registration();
    await producer.send({ topic, acks: -1, messages: [{ ...toKafkaMessage(event), partition: 1 }] });
    const groupId = `redeliver-test-${randomUUID()}`;

    let attempts = 0;
    const failingRun = consumer({
      groupId,
      topics: [topic],
      maxAttempts: 1_000,
      handle: async () => {
        attempts++;
        throw new Error('database down');
      },
    });
    await failingRun.start();
    await waitFor(() => attempts >= 3, 30_000, 'failed attempts');
    await failingRun.stop(); // interrupts the retries; nothing committed, nothing dead-lettered
    expect(await committedOffset(groupId, topic, 1)).toBe('-1');

    const handled: MessageOrigin[] = [];
    const secondRun = consumer({
      groupId,
      topics: [topic],
      handle: async (received, origin) => {
        expect(received).toEqual(event);
        handled.push(origin);
      },
    });
    await secondRun.start();
    await waitFor(() => handled.length === 1, 30_000, 'redelivery');
    expect(handled).toEqual([{ topic, partition: 1, offset: '0' }]);
    await waitFor(async () => (await committedOffset(groupId, topic, 1)) === '1', 20_000, 'commit');
    expect(await readTopic(kafka, dlqTopicOf(topic))).toEqual([]);
  });

  it('waits for a store that is unavailable instead of dead-lettering: the disk is full, then space returns', async () => {
    const topic = await newTopic('consumer-unavailable');
    const event = registration();
    await producer.send({ topic, acks: -1, messages: [{ ...toKafkaMessage(event), partition: 0 }] });
    // A real SQLite "database or disk is full" (SQLITE_FULL): the file may not grow past its pages.
    const db = new DatabaseSync(':memory:');
    db.exec('CREATE TABLE applied (id TEXT PRIMARY KEY, padding TEXT)');
    const pages = (db.prepare('PRAGMA page_count').get() as { page_count: number }).page_count;
    db.exec(`PRAGMA max_page_count = ${pages}`);
    let attempts = 0;
    const groupId = `unavailable-test-${randomUUID()}`;
    const c = consumer({
      groupId,
      topics: [topic],
      maxAttempts: 2,
      handle: async (received) => {
        attempts++;
        db.prepare('INSERT INTO applied VALUES (?, ?)').run(received.id, 'x'.repeat(8_000));
      },
    });
    await c.start();
    await waitFor(() => attempts >= 5, 30_000, 'attempts on a full disk, past maxAttempts');
    expect(c.health()).toMatchObject({ processed: 0, deadLettered: 0, lastError: expect.stringContaining('database or disk is full') });
    db.exec('PRAGMA max_page_count = 1000000');
    await waitFor(async () => (await committedOffset(groupId, topic, 0)) === '1', 30_000, 'handled once space returned');
    expect(db.prepare('SELECT id FROM applied').all()).toEqual([{ id: event.id }]);
    expect(c.health()).toMatchObject({ processed: 1, deadLettered: 0 });
    expect(await readTopic(kafka, dlqTopicOf(topic))).toEqual([]);
  });

  it('skips a copy of a fact it has handled, also one that comes after newer facts (a relay publishing its batch again), and remembers across restarts', async () => {
    const topic = await newTopic('consumer-copies');
    const database = await openTestDatabase('consumed_events');
    try {
      const consumed = new MongoConsumedEventLog(database);
      const clientId = randomUUID();
      const scheduled = registration({ subject: clientId });
      const cancelled = registration({ subject: clientId });
      // One client's facts, on one partition in this order: the first fact's copy comes last,
      // as it does when a second relay (or a restarted one) publishes a batch again.
      const send = (events: IntegrationEvent[]) => producer.send({ topic, acks: -1, messages: events.map((e) => ({ ...toKafkaMessage(e), partition: 0 })) });
      await send([scheduled, cancelled, scheduled]);
      const seen: string[] = [];
      const groupId = `copies-test-${randomUUID()}`;
      const options = { groupId, topics: [topic], consumed, handle: async (event: IntegrationEvent) => void seen.push(event.id) };
      const first = consumer(options);
      await first.start();
      await waitFor(async () => (await committedOffset(groupId, topic, 0)) === '3', 30_000, 'past all three messages');
      expect(seen).toEqual([scheduled.id, cancelled.id]);
      expect(first.health()).toMatchObject({ processed: 2, duplicates: 1, deadLettered: 0 });
      await first.stop();

      // A new consumer of the group (a restart) gets another copy of each: it handles neither.
      await send([cancelled, scheduled]);
      await consumer(options).start();
      await waitFor(async () => (await committedOffset(groupId, topic, 0)) === '5', 30_000, 'past the later copies');
      expect(seen).toEqual([scheduled.id, cancelled.id]);
    } finally {
      await dropTestDatabase(database);
    }
  });

  it('passes over a fact it has nothing to do with, committing it without reading or writing the consumed-event log', async () => {
    const topic = await newTopic('consumer-ignored');
    const database = await openTestDatabase('consumed_events');
    try {
      const consumed = new MongoConsumedEventLog(database);
      const other = registration({ subject: randomUUID() });
      const wanted = registration({ subject: randomUUID() });
      await producer.send({ topic, acks: -1, messages: [other, wanted].map((e) => ({ ...toKafkaMessage(e), partition: 0 })) });
      const seen: string[] = [];
      const groupId = `ignored-test-${randomUUID()}`;
      const c = consumer({ groupId, topics: [topic], consumed, concerns: (event) => event.id === wanted.id, handle: async (event) => void seen.push(event.id) });
      await c.start();
      await waitFor(async () => (await committedOffset(groupId, topic, 0)) === '2', 30_000, 'past both messages');
      expect(seen).toEqual([wanted.id]);
      expect(c.health()).toMatchObject({ processed: 1, ignored: 1, duplicates: 0, deadLettered: 0 });
      expect(await consumed.has(groupId, wanted.id)).toBe(true);
      expect(await consumed.has(groupId, other.id)).toBe(false);
      await c.stop();
    } finally {
      await dropTestDatabase(database);
    }
  });

  it('leaves its group on stop', async () => {
    const topic = await newTopic('consumer-leave');
    const groupId = `leave-test-${randomUUID()}`;
    const c = consumer({ groupId, topics: [topic], handle: async () => undefined });
    await c.start();
    const admin = kafka.admin();
    await admin.connect();
    try {
      await waitFor(async () => (await admin.describeGroups([groupId])).groups[0].members.length === 1, 20_000, 'joined');
      await c.stop();
      // Gone at once, not after a session timeout.
      const { groups } = await admin.describeGroups([groupId]);
      expect(groups[0]).toMatchObject({ state: 'Empty', members: [] });
      expect(c.health().status).toBe('stopped');
    } finally {
      await admin.disconnect();
    }
  });
});
