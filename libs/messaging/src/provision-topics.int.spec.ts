import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import { provisionTopics, replicationFactorFromEnv } from './provision-topics';
import { connectTestKafka, deleteTopics } from './test-support/kafka-test-env';

jest.setTimeout(60_000);

describe('provisionTopics (real Kafka)', () => {
  let kafka: Kafka;
  const topic = `test.provision.${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    kafka = await connectTestKafka('provision-int-test');
  });
  afterAll(async () => {
    if (kafka) await deleteTopics(kafka, [topic, `${topic}.dlq`]).catch(() => undefined);
  });

  it('creates a topic and its dead-letter topic once, also when called concurrently', async () => {
    const results = await Promise.all([
      provisionTopics(kafka, [{ topic, numPartitions: 4 }], { replicationFactor: replicationFactorFromEnv('1') }),
      provisionTopics(kafka, [{ topic, numPartitions: 4 }]),
    ]);
    expect(results.some((r) => r.created.length === 2)).toBe(true);
    expect(await provisionTopics(kafka, [{ topic, numPartitions: 4 }])).toEqual({ created: [] });

    const admin = kafka.admin();
    await admin.connect();
    try {
      const { topics } = await admin.fetchTopicMetadata({ topics: [topic, `${topic}.dlq`] });
      expect(topics.map((t) => [t.name, t.partitions.length]).sort()).toEqual([
        [topic, 4],
        [`${topic}.dlq`, 4],
      ]);
    } finally {
      await admin.disconnect();
    }
  });

  it('reads the replication factor from the environment value', () => {
    expect(replicationFactorFromEnv(undefined)).toBe(1);
    expect(replicationFactorFromEnv('3')).toBe(3);
    expect(() => replicationFactorFromEnv('zero')).toThrow(/positive integer/);
  });
});
