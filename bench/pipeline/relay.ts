import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { IntegrationEvent } from '@career/contracts';
import type { NewEvent, RecordedEvent } from '@career/event-sourcing';
import { SqliteEventStore } from '@career/event-store';
import { EventRelay, toKafkaMessage } from '@career/messaging';
import { MongoCheckpointStore } from '@career/platform';
import { Kafka, logLevel } from 'kafkajs';
import mongoose from 'mongoose';
import type { BenchWorld } from './stack';
import { fmtRate, type Row } from './table';
import { log } from './throughput';

const BATCH = 100;

function processOpened(n: number): NewEvent {
  const clientId = randomUUID();
  return {
    type: 'ProcessOpened',
    data: { processId: randomUUID(), clientId, organisation: 'BENCH', advisorId: `advisor-${n % 50}`, openedAt: '2026-03-02T08:00:00.000Z', firstWeek: '2026-W10' },
    metadata: {
      eventId: randomUUID(),
      schemaVersion: 1,
      occurredAt: '2026-03-02T08:00:00.000Z',
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actor: { id: 'bench', role: 'advisor' },
      organisation: 'BENCH',
      clientId,
    },
  };
}

/** The mapping a publishing service gives its relay: one contract event per stored event. */
function toIntegrationEvents(event: RecordedEvent): IntegrationEvent[] {
  const data = event.data as { clientId: string };
  return [
    { id: event.metadata.eventId, type: 'ProcessOpened', version: 1, source: '/career/scheduling', subject: data.clientId, time: event.metadata.occurredAt, organisation: event.metadata.organisation, data },
  ];
}

/**
 * The relay (store -> Kafka, contract check, acks=all, checkpoint in MongoDB) over `count`
 * stored events, against raw kafkajs `send` of the same messages in batches of the same size.
 */
export async function measureRelay(world: BenchWorld, count: number): Promise<Row[]> {
  const kafka = new Kafka({ clientId: 'bench-relay', brokers: [world.kafkaBrokers], logLevel: logLevel.NOTHING });
  const suffix = randomUUID().slice(0, 8);
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [`bench-relay-${suffix}`, `bench-raw-${suffix}`].map((topic) => ({ topic, numPartitions: 3, replicationFactor: 1 })), waitForLeaders: true });
  await admin.disconnect();

  const store = new SqliteEventStore({ path: path.join(world.dir, 'relay.sqlite') });
  for (let i = 0; i < count; i += 500) {
    await Promise.all(
      Array.from({ length: Math.min(500, count - i) }, (_, k) => store.appendToStream(`guidanceProcess-${randomUUID()}`, [processOpened(i + k)], { expectedRevision: 'no_stream' })),
    );
  }
  const stored = await store.readAll();
  const connection = await mongoose.createConnection(`${world.mongoUrl}/bench-relay`).asPromise();

  log(`relay: raw kafkajs send of ${count} messages`);
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const messages = stored.flatMap((event) => toIntegrationEvents(event).map(toKafkaMessage));
  const rawStart = Date.now();
  for (let i = 0; i < messages.length; i += BATCH) {
    await producer.send({ topic: `bench-raw-${suffix}`, acks: -1, messages: messages.slice(i, i + BATCH) });
  }
  const rawSeconds = (Date.now() - rawStart) / 1000;
  await producer.disconnect();

  log(`relay: EventRelay over ${count} stored events`);
  const relay = new EventRelay({
    kafka,
    store,
    checkpoints: new MongoCheckpointStore(connection),
    name: 'bench.relay',
    topic: `bench-relay-${suffix}`,
    categories: ['guidanceProcess'],
    toIntegrationEvents,
    batchSize: BATCH,
  });
  const relayStart = Date.now();
  await relay.start();
  while (relay.health().published < count) {
    if (Date.now() - relayStart > 600_000) throw new Error(`relay published only ${relay.health().published} of ${count} in 10 min`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const relaySeconds = (Date.now() - relayStart) / 1000;
  await relay.stop();
  await store.close();
  await connection.dropDatabase();
  await connection.close();

  const relayRate = count / relaySeconds;
  const rawRate = count / rawSeconds;
  return [
    {
      section: 'relay',
      what: `event store -> Kafka, ${count.toLocaleString('en-US')} events`,
      figure: fmtRate(relayRate),
      baseline: `raw kafkajs send, batches of ${BATCH}, acks=all: ${fmtRate(rawRate)}`,
      ratio: `${(relayRate / rawRate).toFixed(2)}x`,
      target: '>= 0.5x',
    },
  ];
}
