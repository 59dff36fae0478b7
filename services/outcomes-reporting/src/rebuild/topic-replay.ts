import { schemaFor, validateIntegrationEvent, type IntegrationEvent } from '@career/contracts';
import { fromKafkaMessage, type MessageOrigin } from '@career/messaging';
import { errorField, sleepUnless, StopSignal, type Logger } from '@career/platform';
import type { Consumer, EachMessagePayload, Kafka } from 'kafkajs';

export interface TopicReplayOptions {
  kafka: Kafka;
  /** A group nobody used before, so it starts at the beginning of every topic. */
  groupId: string;
  topics: readonly string[];
  /** The live consumer's dispatch (routerOf over the same consumers), writing into the rebuild's generation. */
  handle: (event: IntegrationEvent, origin: MessageOrigin) => Promise<void>;
  logger: Logger;
  /** Attempts per message before the replay fails (and the rebuild is abandoned). Default 3. */
  maxAttempts?: number;
}

/** The last offset of each non-empty partition: where a replay has read everything. */
export type TopicEnds = { topic: string; partition: number; last: bigint }[];

const key = (topic: string, partition: number) => `${topic}\u0000${partition}`;

/**
 * Reads whole topics from the beginning with a fresh consumer group and applies every event,
 * for a rebuild. Unlike the live consumer it dead-letters nothing and never skips a failing
 * message: a message the live consumer already dead-lettered as unreadable is passed over, and
 * an event that cannot be applied fails the replay (the old read model stays).
 */
export class TopicReplay {
  private consumer: Consumer | undefined;
  private readonly positions = new Map<string, bigint>();
  private failure: Error | undefined;
  private readonly stopSignal = new StopSignal();
  applied = 0;
  skipped = 0;

  constructor(private readonly options: TopicReplayOptions) {}

  async start(): Promise<void> {
    const consumer = this.options.kafka.consumer({ groupId: this.options.groupId, allowAutoTopicCreation: false });
    this.consumer = consumer;
    await consumer.connect();
    await consumer.subscribe({ topics: [...this.options.topics], fromBeginning: true });
    await consumer.run({ autoCommit: true, eachMessage: (payload) => this.onMessage(payload) });
  }

  /** Where the topics end now. */
  async ends(): Promise<TopicEnds> {
    const admin = this.options.kafka.admin();
    await admin.connect();
    try {
      const ends: TopicEnds = [];
      for (const topic of this.options.topics) {
        for (const p of await admin.fetchTopicOffsets(topic)) {
          if (BigInt(p.high) > BigInt(p.low)) ends.push({ topic, partition: p.partition, last: BigInt(p.high) - 1n });
        }
      }
      return ends;
    } finally {
      await admin.disconnect();
    }
  }

  /** Resolves once every partition is read up to `ends`; rejects when an event failed or time ran out. */
  async reach(ends: TopicEnds, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.failure) throw this.failure;
      const behind = ends.filter((end) => (this.positions.get(key(end.topic, end.partition)) ?? -1n) < end.last);
      if (behind.length === 0) return;
      if (Date.now() > deadline) {
        throw new Error(`replay did not reach the end of ${behind.map((b) => `${b.topic}[${b.partition}]`).join(', ')} in ${timeoutMs} ms`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /**
   * Waits until another consumer group (the live one) has committed past `ends`: it commits
   * each message once done (or dead-lettered), so then it has seen everything up to there.
   */
  async liveGroupReached(groupId: string, ends: TopicEnds, timeoutMs: number): Promise<void> {
    const admin = this.options.kafka.admin();
    await admin.connect();
    const deadline = Date.now() + timeoutMs;
    try {
      for (;;) {
        const committed = new Map<string, bigint>();
        for (const { topic, partitions } of await admin.fetchOffsets({ groupId, topics: [...this.options.topics] })) {
          for (const p of partitions) committed.set(key(topic, p.partition), BigInt(p.offset));
        }
        const behind = ends.filter((end) => (committed.get(key(end.topic, end.partition)) ?? -1n) <= end.last);
        if (behind.length === 0) return;
        if (Date.now() > deadline) throw new Error(`the live consumer group did not reach the end of ${behind.map((b) => `${b.topic}[${b.partition}]`).join(', ')} in ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await admin.disconnect();
    }
  }

  /** Leaves and deletes the group (it was for this replay only). */
  async stop(): Promise<void> {
    this.stopSignal.signal();
    await this.consumer?.disconnect();
    this.consumer = undefined;
    const admin = this.options.kafka.admin();
    try {
      await admin.connect();
      await admin.deleteGroups([this.options.groupId]);
    } catch (error) {
      this.options.logger.warn({ groupId: this.options.groupId, err: errorField(error) }, 'could not delete the replay group');
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }

  private async onMessage({ topic, partition, message }: EachMessagePayload): Promise<void> {
    if (this.failure) return;
    const event = this.parse(message);
    if (event) {
      const maxAttempts = this.options.maxAttempts ?? 3;
      for (let attempt = 1; ; attempt++) {
        try {
          await this.options.handle(event, { topic, partition, offset: message.offset });
          this.applied++;
          break;
        } catch (error) {
          if (attempt >= maxAttempts || this.stopSignal.stopped) {
            // The position stays before this message: the replay is incomplete, and says so.
            this.failure = new Error(`replay could not apply ${event.type} at ${topic}[${partition}]@${message.offset}: ${errorField(error).message}`);
            this.options.logger.error({ topic, partition, offset: message.offset, err: errorField(error) }, 'replay failed');
            return;
          }
          await sleepUnless(200 * 2 ** (attempt - 1), this.stopSignal.promise);
        }
      }
    } else {
      this.skipped++;
    }
    this.positions.set(key(topic, partition), BigInt(message.offset));
  }

  /** Undefined for what the live consumer dead-letters as unreadable (no CloudEvent, or breaks its schema). */
  private parse(message: EachMessagePayload['message']): IntegrationEvent | undefined {
    try {
      const event = fromKafkaMessage(message);
      if (schemaFor(event.type, event.version) && !validateIntegrationEvent(event.type, event.version, event.data).valid) return undefined;
      return event;
    } catch {
      return undefined;
    }
  }
}
