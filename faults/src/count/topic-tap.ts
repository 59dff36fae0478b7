import { CE_HEADERS, createKafka } from '@career/messaging';
import type { Consumer, Kafka } from 'kafkajs';

export interface TappedMessage {
  topic: string;
  partition: number;
  offset: string;
  ceId?: string;
  ceType?: string;
  organisation?: string;
  key?: string;
  headers: Record<string, string>;
}

/**
 * Reads every topic it is given from the beginning for the whole run and keeps each message
 * once per (topic, partition, offset): a copy the producer wrote twice is two offsets and counts
 * twice; the tap's own redelivery after a broker restart is the same offset and counts once.
 * Its consumer is recreated when kafkajs gives up on it (a broker down for long).
 */
export class TopicTap {
  private readonly kafka: Kafka;
  private consumer: Consumer | undefined;
  private readonly seen = new Map<string, TappedMessage>();
  private stopped = false;
  private generation = 0;

  constructor(
    brokers: string,
    private readonly topics: readonly string[],
  ) {
    this.kafka = createKafka({ brokers: [brokers], clientId: 'fault-suite-tap', logLevel: 0 });
  }

  async start(): Promise<void> {
    this.generation++;
    const consumer = this.kafka.consumer({ groupId: `fault-suite-tap-${process.pid}-${this.generation}`, allowAutoTopicCreation: false, retry: { retries: 50 } });
    this.consumer = consumer;
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (!payload.restart && !this.stopped) void this.restart();
    });
    await consumer.connect();
    await consumer.subscribe({ topics: [...this.topics], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]));
        this.seen.set(`${topic}/${partition}/${message.offset}`, {
          topic,
          partition,
          offset: message.offset,
          ceId: headers[CE_HEADERS.id],
          ceType: headers[CE_HEADERS.type],
          organisation: headers[CE_HEADERS.organisation],
          key: message.key?.toString('utf8'),
          headers,
        });
      },
    });
  }

  messages(topic: string, organisation?: string): TappedMessage[] {
    return [...this.seen.values()].filter((m) => m.topic === topic && (organisation === undefined || m.organisation === organisation));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.consumer?.disconnect().catch(() => undefined);
  }

  private async restart(): Promise<void> {
    await this.consumer?.disconnect().catch(() => undefined);
    for (;;) {
      try {
        await this.start();
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }
  }
}
