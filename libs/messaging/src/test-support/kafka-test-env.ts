import { randomUUID } from 'node:crypto';
import { createConnection } from 'node:net';
import type { Kafka, KafkaMessage } from 'kafkajs';
import { brokersFromEnv, createKafka } from '../kafka';
import { provisionTopics } from '../provision-topics';

export const KAFKA_BROKERS = brokersFromEnv();

/** Fails fast and clearly when no broker listens: an integration test must not pass without one. */
async function assertReachable(broker: string): Promise<void> {
  const [host, port] = [broker.slice(0, broker.lastIndexOf(':')), Number(broker.slice(broker.lastIndexOf(':') + 1))];
  await new Promise<void>((resolve, reject) => {
    const socket = createConnection({ host, port, timeout: 3_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve();
    });
    const fail = (why: string) => {
      socket.destroy();
      reject(new Error(`No Kafka broker at ${broker} (${why}). Start it with: bash infra/local/up.sh`));
    };
    socket.once('timeout', () => fail('timeout'));
    socket.once('error', (error) => fail(error.message));
  });
}

export async function connectTestKafka(clientId: string): Promise<Kafka> {
  await assertReachable(KAFKA_BROKERS[0]);
  return createKafka({ brokers: KAFKA_BROKERS, clientId });
}

/** A topic (and its DLQ) no other test run uses. */
export async function uniqueTopic(kafka: Kafka, name: string, numPartitions = 3): Promise<string> {
  const topic = `test.${name}.${randomUUID().slice(0, 8)}`;
  await provisionTopics(kafka, [{ topic, numPartitions }]);
  return topic;
}

export async function deleteTopics(kafka: Kafka, topics: string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.deleteTopics({ topics });
  } finally {
    await admin.disconnect();
  }
}

/** How many messages a topic holds (high minus low watermark, summed over partitions). */
export async function messageCount(kafka: Kafka, topic: string): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0);
  } finally {
    await admin.disconnect();
  }
}

export type ReadMessage = KafkaMessage & { partition: number };

/** Reads a whole topic from the beginning with a throwaway group (exactly the messages it holds). */
export async function readTopic(kafka: Kafka, topic: string, timeoutMs = 20_000): Promise<ReadMessage[]> {
  const expected = await messageCount(kafka, topic);
  const messages: ReadMessage[] = [];
  if (expected === 0) return messages;
  const consumer = kafka.consumer({ groupId: `reader-${randomUUID()}` });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    let done: () => void = () => undefined;
    const all = new Promise<void>((resolve) => (done = resolve));
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        messages.push({ ...message, partition });
        if (messages.length >= expected) done();
      },
    });
    await withTimeout(all, timeoutMs, `reading ${expected} messages from ${topic}`);
  } finally {
    await consumer.disconnect();
  }
  return messages;
}

export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function waitFor(condition: () => Promise<boolean> | boolean, timeoutMs = 20_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function header(message: KafkaMessage, name: string): string | undefined {
  return message.headers?.[name]?.toString();
}
