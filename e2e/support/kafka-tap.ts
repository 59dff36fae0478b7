import { createKafka, provisionTopics } from '@career/messaging';

export interface TappedMessage {
  key: string;
  /** The value and the headers as raw text: what a byte search must not find personal data in. */
  raw: string;
  headers: Record<string, string>;
  value: string;
}

export interface KafkaTap {
  /** Messages whose key (the clientId) is one of `keys`, in arrival order. */
  messagesFor(keys: Iterable<string>): TappedMessage[];
  stop(): Promise<void>;
}

/**
 * Reads a topic from the beginning with a consumer group of its own and keeps every message
 * (the topic is shared by all runs; callers filter by key). For tests that look at exactly
 * what went over the wire.
 */
export async function tapTopic(topic: string, brokers: string[], label: string): Promise<KafkaTap> {
  const kafka = createKafka({ brokers, clientId: `e2e-tap-${label}` });
  // The run's topics are its own (a topic namespace per test file): it may not exist yet when the
  // test starts listening alongside the service that will provision it. Creating it is idempotent.
  await provisionTopics(kafka, [{ topic: topic }]);
  const consumer = kafka.consumer({ groupId: `e2e-tap-${label}` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  const messages: TappedMessage[] = [];
  await consumer.run({
    eachMessage: async ({ message }) => {
      const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]));
      const value = message.value?.toString('utf8') ?? '';
      messages.push({ key: message.key?.toString('utf8') ?? '', value, headers, raw: `${value}${JSON.stringify(headers)}` });
    },
  });
  return {
    messagesFor(keys) {
      const wanted = new Set(keys);
      return messages.filter((message) => wanted.has(message.key));
    },
    stop: () => consumer.disconnect(),
  };
}
