import { ConfigResourceTypes, ConfigSource, type Admin, type Kafka } from 'kafkajs';
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

/**
 * Event topics keep their whole history (`retention.ms=-1`): they are the published log other
 * services and read-model rebuilds replay from the beginning (outcomes-reporting's
 * `POST /api/v1/reports/rebuild` consumes every topic again with a fresh group). Dead-letter
 * topics are a work queue for an operator, not a log: they expire after 30 days.
 */
export const EVENT_TOPIC_RETENTION_MS = '-1';
export const DLQ_RETENTION_MS = String(30 * 24 * 3600 * 1000);

export interface ProvisionOptions {
  /** 1 for a single local broker; callers pass KAFKA_REPLICATION_FACTOR in deployment. */
  replicationFactor?: number;
}

/**
 * Creates each topic and its dead-letter topic `<topic>.dlq` unless they exist. Idempotent
 * and safe when several services start at once (an "already exists" race counts as done).
 * Partition counts of existing topics are never changed here, because that would move
 * clients to other partitions and break their order; their retention is brought to the
 * values above (created before this rule, they had the broker's default of 7 days).
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
        topics: missing.map((s) => ({
          topic: s.topic,
          numPartitions: s.numPartitions ?? 3,
          replicationFactor,
          configEntries: [{ name: 'retention.ms', value: retentionOf(s.topic) }],
        })),
      });
    }
    await alignRetention(admin, wanted.map((s) => s.topic).filter((topic) => existing.has(topic)));
    return { created: missing.map((s) => s.topic) };
  } finally {
    await admin.disconnect();
  }
}

function retentionOf(topic: string): string {
  return topic.endsWith('.dlq') ? DLQ_RETENTION_MS : EVENT_TOPIC_RETENTION_MS;
}

/**
 * Sets `retention.ms` on existing topics where it differs. AlterConfigs (kafkajs has no
 * incremental variant) replaces a topic's whole set of overrides, so the overrides a topic
 * already has are sent along unchanged.
 */
async function alignRetention(admin: Admin, topics: readonly string[]): Promise<void> {
  if (topics.length === 0) return;
  const described = await admin.describeConfigs({
    includeSynonyms: false,
    resources: topics.map((name) => ({ type: ConfigResourceTypes.TOPIC, name })),
  });
  const changes = described.resources.flatMap((resource) => {
    const wanted = retentionOf(resource.resourceName);
    const retention = resource.configEntries.find((entry) => entry.configName === 'retention.ms');
    if (retention?.configValue === wanted) return [];
    const overrides = resource.configEntries
      .filter((entry) => entry.configSource === ConfigSource.TOPIC_CONFIG && entry.configName !== 'retention.ms' && !entry.isSensitive)
      .map((entry) => ({ name: entry.configName, value: entry.configValue }));
    return [{ type: ConfigResourceTypes.TOPIC, name: resource.resourceName, configEntries: [...overrides, { name: 'retention.ms', value: wanted }] }];
  });
  if (changes.length > 0) await admin.alterConfigs({ validateOnly: false, resources: changes });
}
