import { createKafka, provisionTopics, fromKafkaMessage, toKafkaMessage } from '@career/messaging';
import type { IntegrationEvent } from '@career/contracts';

export interface CapturedMessage {
  key: string;
  /** Value and headers as they travel, for "never contains X" checks. */
  raw: string;
  event: IntegrationEvent;
}

/**
 * Reads a topic from the beginning with a fresh consumer group and keeps the messages whose key
 * is one of `keys` (Kafka topics are shared between test runs). Stop it with `stop()`.
 */
export async function captureTopic(options: { brokers: string; topic: string; keys: readonly string[]; run: string }) {
  const kafka = createKafka({ brokers: options.brokers.split(','), clientId: `e2e-capture-${options.run}` });
  // The run's topics are its own (a topic namespace per test file): it may not exist yet when the
  // test starts listening alongside the service that will provision it. Creating it is idempotent.
  await provisionTopics(kafka, [{ topic: options.topic }]);
  const consumer = kafka.consumer({ groupId: `e2e-capture-${options.run}-${options.topic}` });
  const messages: CapturedMessage[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic: options.topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const key = message.key?.toString() ?? '';
      if (!options.keys.includes(key)) return;
      const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]));
      messages.push({ key, raw: `${message.value?.toString() ?? ''}${JSON.stringify(headers)}`, event: fromKafkaMessage(message) });
    },
  });
  return { messages, stop: () => consumer.disconnect() };
}

/** Publishes integration events as their owner's relay would (CloudEvents binary mode, key = clientId). */
export async function publishEvents(options: { brokers: string; topic: string; run: string }, events: readonly IntegrationEvent[]) {
  const kafka = createKafka({ brokers: options.brokers.split(','), clientId: `e2e-publish-${options.run}` });
  const producer = kafka.producer();
  await producer.connect();
  try {
    await producer.send({ topic: options.topic, acks: -1, messages: events.map(toKafkaMessage) });
  } finally {
    await producer.disconnect();
  }
}
