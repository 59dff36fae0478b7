import { randomUUID } from 'node:crypto';
import { createKafka, DLQ_RETENTION_MS, provisionTopics } from '@career/messaging';
import { ConfigResourceTypes, type Admin, type Kafka } from 'kafkajs';
import { assertKafkaReachable, KAFKA_BROKERS } from '../test-support/infrastructure';

jest.setTimeout(60_000);

// The rebuild replays every topic from the beginning, so event topics must keep their history
// (libs/messaging provisionTopics): retention.ms=-1 on event topics, finite on dead letters.
describe('topic retention for replays (real Kafka)', () => {
  let kafka: Kafka;
  let admin: Admin;
  const topic = `test.retention.${randomUUID().slice(0, 8)}`;
  const existing = `test.retention-existing.${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    await assertKafkaReachable();
    kafka = createKafka({ brokers: KAFKA_BROKERS, clientId: 'retention-int-test' });
    admin = kafka.admin();
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.deleteTopics({ topics: [topic, `${topic}.dlq`, existing, `${existing}.dlq`] }).catch(() => undefined);
    await admin?.disconnect();
  });

  const retentionOf = async (name: string) => {
    const { resources } = await admin.describeConfigs({ includeSynonyms: false, resources: [{ type: ConfigResourceTypes.TOPIC, name }] });
    return resources[0].configEntries.find((e) => e.configName === 'retention.ms')?.configValue;
  };

  it('creates event topics that keep everything and dead-letter topics that expire', async () => {
    await provisionTopics(kafka, [{ topic }]);
    expect(await retentionOf(topic)).toBe('-1');
    expect(await retentionOf(`${topic}.dlq`)).toBe(DLQ_RETENTION_MS);
  });

  it('brings topics created earlier with the broker default to the same retention, keeping their other overrides', async () => {
    await admin.createTopics({
      waitForLeaders: true,
      topics: [
        { topic: existing, numPartitions: 1, configEntries: [{ name: 'max.message.bytes', value: '2000000' }] },
        { topic: `${existing}.dlq`, numPartitions: 1 },
      ],
    });
    expect(await retentionOf(existing)).not.toBe('-1');
    expect(await provisionTopics(kafka, [{ topic: existing }])).toEqual({ created: [] });
    expect(await retentionOf(existing)).toBe('-1');
    expect(await retentionOf(`${existing}.dlq`)).toBe(DLQ_RETENTION_MS);
    const { resources } = await admin.describeConfigs({ includeSynonyms: false, resources: [{ type: ConfigResourceTypes.TOPIC, name: existing }] });
    expect(resources[0].configEntries.find((e) => e.configName === 'max.message.bytes')?.configValue).toBe('2000000');
  });
});
