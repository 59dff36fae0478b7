import type { Kafka } from 'kafkajs';
import { dlqTopicOf } from '@career/contracts';

export interface TopicSpec {
  topic: string;
  /** Defaults to 3: room for a few consumers per group while keeping per-client order. */
  numPartitions?: number;
}

/** `KAFKA_REPLICATION_FACTOR` (default 1, for a single local broker). */
export function replicationFactorFromEnv(value = process.env.KAFKA_REPLICATION_FACTOR): number {
  if (!value) return 1;
  const factor = Number(value);
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`KAFKA_REPLICATION_FACTOR must be a positive integer, got "${value}"`);
  return factor;
}

export interface ProvisionOptions {
  /** 1 for a single local broker; callers pass KAFKA_REPLICATION_FACTOR in deployment. */
  replicationFactor?: number;
}

/**
 * Creates each topic and its dead-letter topic `<topic>.dlq` unless they exist. Idempotent
 * and safe when several services start at once (an "already exists" race counts as done).
 * Existing topics are left untouched: partition counts are never changed here, because
 * that would move clients to other partitions and break their order.
 */
export async function provisionTopics(
  kafka: Kafka,
  specs: readonly TopicSpec[],
  options: ProvisionOptions = {},
): Promise<{ created: string[] }> {
  const replicationFactor = options.replicationFactor ?? 1;
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const wanted = specs.flatMap((s) => [s, { ...s, topic: dlqTopicOf(s.topic) }]);
    const missing = wanted.filter((s) => !existing.has(s.topic));
    if (missing.length > 0) {
      // Returns false (not an error) when a concurrent caller created them first.
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((s) => ({ topic: s.topic, numPartitions: s.numPartitions ?? 3, replicationFactor })),
      });
    }
    return { created: missing.map((s) => s.topic) };
  } finally {
    await admin.disconnect();
  }
}
