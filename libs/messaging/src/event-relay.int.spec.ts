import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { validateIntegrationEvent, type IntegrationEvent } from '@career/contracts';
import type { CheckpointStore } from '@career/event-sourcing';
import { SqliteEventStore } from '@career/event-store';
import { MongoCheckpointStore } from '@career/platform';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import { EventRelay, type EventRelayOptions } from './event-relay';
import { fromKafkaMessage } from './from-kafka-message';
import { IntegrationConsumer } from './integration-consumer';
import { provisionTopics } from './provision-topics';
import { clientEvent, toIntegrationEvents } from './test-support/client-registrations';
import {
  connectTestKafka,
  deleteTopics,
  header,
  messageCount,
  readTopic,
  uniqueTopic,
  waitFor,
} from './test-support/kafka-test-env';
import { dropTestDatabase, openTestDatabase } from '@career/platform/testing';

jest.setTimeout(90_000);

describe('EventRelay (real Kafka, SQLite event store, MongoDB-compatible checkpoints)', () => {
  let kafka: Kafka;
  let dir: string;
  let store: SqliteEventStore;
  let connection: Connection;
  let checkpoints: MongoCheckpointStore;
  let topics: string[] = [];
  let running: { stop(): Promise<void> }[] = [];

  beforeAll(async () => {
    kafka = await connectTestKafka('relay-int-test');
  });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'event-relay-'));
    store = new SqliteEventStore({ path: join(dir, 'events.sqlite'), pollIntervalMs: 50 });
    connection = await openTestDatabase('event_relay');
    checkpoints = new MongoCheckpointStore(connection);
  });

  afterEach(async () => {
    for (const r of running) await r.stop();
    running = [];
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    if (connection) await dropTestDatabase(connection);
    if (topics.length) await deleteTopics(kafka, topics.flatMap((t) => [t, `${t}.dlq`])).catch(() => undefined);
    topics = [];
  });

  const newTopic = async (name: string) => {
    const topic = await uniqueTopic(kafka, name);
    topics.push(topic);
    return topic;
  };

  function relay(topic: string, extra: Partial<EventRelayOptions> = {}): EventRelay {
    const r = new EventRelay({
      kafka,
      store,
      checkpoints,
      name: 'client-intake.relay',
      topic,
      categories: ['client'],
      toIntegrationEvents,
      retry: { initialDelayMs: 100, maxDelayMs: 1_000 },
      ...extra,
    });
    running.push(r);
    return r;
  }

  /**
   * Per client: registered, contact details changed (internal, carries a name), registered
   * again (re-entry). Returns the ids that must be published, per client, in order.
   */
  async function appendClients(count: number): Promise<Map<string, string[]>> {
    const published = new Map<string, string[]>();
    for (let i = 0; i < count; i++) {
      const clientId = randomUUID();
      const events = [
        clientEvent('ClientRegistered', clientId, { preferredLanguage: 'fi' }),
        clientEvent('ContactDetailsChanged', clientId, { name: 'Maija Meikäläinen' }),
        clientEvent('ClientRegistered', clientId, { preferredLanguage: 'sv' }),
      ];
      await store.appendToStream(`client-${clientId}`, events, { expectedRevision: 'no_stream' });
      published.set(clientId, [events[0].metadata.eventId, events[2].metadata.eventId]);
    }
    // Another category the relay must ignore.
    await store.appendToStream(`document-${randomUUID()}`, [clientEvent('ClientRegistered', randomUUID(), { preferredLanguage: 'en' })], {
      expectedRevision: 'no_stream',
    });
    return published;
  }

  const lastClientPosition = async () => {
    const events = await store.readAll({ categories: ['client'] });
    return events[events.length - 1].globalPosition;
  };

  it('publishes every appended event in order per client, keyed by clientId, as valid CloudEvents', async () => {
    const topic = await newTopic('relay-order');
    const expected = await appendClients(6);
    const r = relay(topic, { batchSize: 5 });
    await r.start();
    for (const [clientId, ids] of await appendClients(2)) expected.set(clientId, ids); // live
    await waitFor(async () => (await checkpoints.load('client-intake.relay')) === (await lastClientPosition()), 20_000, 'checkpoint');
    expect(await messageCount(kafka, topic)).toBe(16);

    const messages = await readTopic(kafka, topic);
    const byClient = new Map<string, { partition: number; offset: bigint; id: string }[]>();
    for (const message of messages) {
      const event = fromKafkaMessage(message);
      expect(message.key?.toString()).toBe(event.subject);
      expect(header(message, 'ce_specversion')).toBe('1.0');
      expect(header(message, 'ce_type')).toBe('fi.ely.career.ClientRegistered.v1');
      expect(header(message, 'ce_source')).toBe('/career/client-intake');
      expect(header(message, 'ce_organisation')).toBe('KEHA-UUSIMAA');
      expect(header(message, 'content-type')).toBe('application/json');
      expect(validateIntegrationEvent(event.type, event.version, event.data)).toEqual({ valid: true, errors: [] });
      expect(message.value?.toString()).not.toContain('Maija');
      const list = byClient.get(event.subject) ?? [];
      list.push({ partition: message.partition, offset: BigInt(message.offset), id: event.id });
      byClient.set(event.subject, list);
    }
    expect([...byClient.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [clientId, list] of byClient) {
      expect(new Set(list.map((m) => m.partition)).size).toBe(1); // one client, one partition
      list.sort((a, b) => (a.offset < b.offset ? -1 : 1));
      expect(list.map((m) => m.id)).toEqual(expected.get(clientId));
    }

    await r.stop();
    expect(r.health()).toMatchObject({ status: 'stopped', published: 16, checkpoint: await lastClientPosition() });
  });

  it('after a crash between the broker ack and the checkpoint, a restart yields duplicates but no gaps', async () => {
    const topic = await newTopic('relay-crash');
    const expected = await appendClients(5); // 15 client events, 10 published

    // The process dies after the broker acknowledged the second batch, before its checkpoint.
    let stores = 0;
    let crashedAt: number | undefined;
    const dying: CheckpointStore = {
      load: (name) => checkpoints.load(name),
      store: async (name, position) => {
        if (++stores >= 2) {
          crashedAt ??= position;
          throw new Error('process killed');
        }
        await checkpoints.store(name, position);
      },
    };
    const crashing = relay(topic, { batchSize: 4, checkpoints: dying });
    await crashing.start();
    await waitFor(() => crashedAt !== undefined, 20_000, 'simulated crash');
    await crashing.stop();
    const clientEvents = await store.readAll({ categories: ['client'] });
    const firstBatchEnd = clientEvents[3].globalPosition;
    expect(await checkpoints.load('client-intake.relay')).toBe(firstBatchEnd);
    const crashedBatch = {
      messages: clientEvents.filter((e) => e.globalPosition > firstBatchEnd && e.globalPosition <= crashedAt!).flatMap((e) => toIntegrationEvents(e)).length,
    };
    expect(crashedBatch.messages).toBeGreaterThan(0);
    const publishedBeforeRestart = await messageCount(kafka, topic);

    await relay(topic, { batchSize: 4 }).start();
    await waitFor(async () => (await checkpoints.load('client-intake.relay')) === (await lastClientPosition()), 20_000, 'caught up');
    const total = await messageCount(kafka, topic);
    expect(total).toBe(10 + crashedBatch.messages);
    expect(publishedBeforeRestart).toBeGreaterThanOrEqual(crashedBatch.messages);

    // What a downstream service sees.
    const seen: IntegrationEvent[] = [];
    const consumer = new IntegrationConsumer({
      kafka,
      groupId: `downstream-${randomUUID()}`,
      topics: [topic],
      handle: async (event) => {
        seen.push(event);
      },
    });
    running.push(consumer);
    await consumer.start();
    await waitFor(() => seen.length === total, 20_000, 'downstream consumer');

    const ids = seen.map((e) => e.id);
    expect(new Set(ids)).toEqual(new Set([...expected.values()].flat())); // no gaps
    expect(ids.length - new Set(ids).size).toBe(crashedBatch.messages); // the resent batch
    for (const [clientId, expectedIds] of expected) {
      const firstSightings = [...new Set(seen.filter((e) => e.subject === clientId).map((e) => e.id))];
      expect(firstSightings).toEqual(expectedIds); // still in order per client
    }
  });

  it('retries a failing send without moving the checkpoint, then delivers', async () => {
    // Not provisioned yet: the broker refuses the sends (auto-creation is off).
    const topic = `test.relay-retry.${randomUUID().slice(0, 8)}`;
    topics.push(topic);
    const expected = await appendClients(2);
    const r = relay(topic);
    await r.start();
    await waitFor(() => r.health().status === 'retrying', 45_000, 'a failed send');
    expect(await checkpoints.load('client-intake.relay')).toBeUndefined();
    expect(r.health().lastError).toBeTruthy();

    await provisionTopics(kafka, [{ topic }]);
    await waitFor(async () => (await checkpoints.load('client-intake.relay')) === (await lastClientPosition()), 60_000, 'delivery');
    const ids = (await readTopic(kafka, topic)).map((m) => header(m, 'ce_id'));
    expect(new Set(ids)).toEqual(new Set([...expected.values()].flat()));
    expect(r.health().status).toBe('running');
  });
});
