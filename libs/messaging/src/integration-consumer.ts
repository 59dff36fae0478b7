import { dlqTopicOf, schemaFor, validateIntegrationEvent, type IntegrationEvent } from '@career/contracts';
import { backoffDelay, errorField, isUnavailable, silentLogger, sleepUnless, StopSignal, type ConsumedEventLog, type Logger } from '@career/platform';
import { Partitioners, type Consumer, type EachMessagePayload, type Kafka, type KafkaMessage, type Producer } from 'kafkajs';
import { fromKafkaMessage, InvalidMessageError } from './from-kafka-message';

export interface MessageOrigin {
  topic: string;
  partition: number;
  offset: string;
}

export interface IntegrationConsumerOptions {
  kafka: Kafka;
  groupId: string;
  topics: readonly string[];
  /**
   * Applies one event. Must be idempotent (delivery is at least once: dedup by `event.id` or a
   * revision guard). Throwing = not done: retried, then dead-lettered; but a store that is
   * unavailable (`isUnavailable`: MongoDB down, the event store's disk full) is retried until it
   * is back, never dead-lettered. Error messages end up in logs and DLQ headers, so they must
   * not quote personal data.
   */
  handle: (event: IntegrationEvent, raw: MessageOrigin) => Promise<void>;
  /**
   * What the group has handled, by event id: a copy of a handled fact (at least once: a relay
   * publishing its batch again, two relays of one service) is skipped, also one that comes after
   * newer facts, where a handler's own idempotency may not see it as a copy. Without it every
   * copy reaches `handle`. A copy has its original's key, so it is on the same partition, after it.
   */
  consumed?: ConsumedEventLog;
  /**
   * Whether the consumer has anything to do with an event (a handler for its type). One it has
   * nothing to do with is committed without reading or writing `consumed`: there is no effect to
   * keep once, and a topic carries many more types than any one consumer handles. Default: all.
   */
  concerns?: (event: IntegrationEvent, origin: MessageOrigin) => boolean;
  logger?: Logger;
  /** Attempts before a message goes to the DLQ. Default 3. */
  maxAttempts?: number;
  /** Delay before the 2nd attempt, doubling after. Default 200 ms. */
  retryDelayMs?: number;
  /** Where a brand-new group starts. Default true: a new read model wants the history. */
  fromBeginning?: boolean;
}

export type ConsumerStatus = 'idle' | 'running' | 'stopped' | 'crashed';

export interface ConsumerHealth {
  groupId: string;
  status: ConsumerStatus;
  processed: number;
  /** Events of types this consumer has nothing to do with, passed over. */
  ignored: number;
  /** Copies of handled facts, skipped. */
  duplicates: number;
  deadLettered: number;
  lastError?: string;
}

/** Headers a dead letter carries on top of the original message's own. */
export const DLQ_HEADERS = {
  originTopic: 'dlq_origin_topic',
  originPartition: 'dlq_origin_partition',
  originOffset: 'dlq_origin_offset',
  error: 'dlq_error',
  attempts: 'dlq_attempts',
} as const;

const MAX_ERROR_LENGTH = 500;

/**
 * Kafka -> handler, committing a message's offset only once it is done: handled, or safely
 * in `<topic>.dlq`. Auto-commit is off, so a failed (or interrupted) message is redelivered
 * instead of skipped by the next commit; a poison message is dead-lettered with its origin so
 * the partition keeps flowing.
 */
export class IntegrationConsumer {
  private readonly logger: Logger;
  private readonly maxAttempts: number;
  private readonly retryDelayMs: number;
  private consumer: Consumer | undefined;
  private dlqProducer: Producer | undefined;
  private stopSignal = new StopSignal();
  private state: ConsumerHealth;

  constructor(private readonly options: IntegrationConsumerOptions) {
    this.logger = options.logger ?? silentLogger;
    this.maxAttempts = options.maxAttempts ?? 3;
    this.retryDelayMs = options.retryDelayMs ?? 200;
    this.state = { groupId: options.groupId, status: 'idle', processed: 0, ignored: 0, duplicates: 0, deadLettered: 0 };
  }

  /** Connects, joins the group and starts consuming; resolves once running. */
  async start(): Promise<void> {
    if (this.consumer) throw new Error(`consumer ${this.options.groupId} already started`);
    this.stopSignal = new StopSignal();
    const { kafka, groupId } = this.options;
    this.dlqProducer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await this.dlqProducer.connect();
    const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false });
    this.consumer = consumer;
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      this.state.status = 'crashed';
      this.state.lastError = errorField(payload.error).message;
      this.logger.error({ groupId, err: errorField(payload.error), restart: payload.restart }, 'consumer crashed');
    });
    consumer.on(consumer.events.GROUP_JOIN, () => {
      // kafkajs restarts a crashed consumer by itself; joining again means it is back.
      if (!this.stopSignal.stopped) this.state.status = 'running';
    });
    try {
      await consumer.connect();
      await consumer.subscribe({ topics: [...this.options.topics], fromBeginning: this.options.fromBeginning ?? true });
      // autoCommit off: the only commits are the explicit ones after a message is done.
      await consumer.run({ autoCommit: false, eachMessage: (payload) => this.onMessage(payload) });
    } catch (error) {
      await this.stop().catch(() => undefined);
      throw error;
    }
    this.state.status = 'running';
  }

  /** Finishes (or abandons, uncommitted) the message in hand, leaves the group, disconnects. */
  async stop(): Promise<void> {
    this.stopSignal.signal();
    await this.consumer?.disconnect();
    await this.dlqProducer?.disconnect();
    this.consumer = undefined;
    this.dlqProducer = undefined;
    this.state.status = 'stopped';
  }

  health(): ConsumerHealth {
    return { ...this.state };
  }

  private async onMessage({ topic, partition, message, heartbeat }: EachMessagePayload): Promise<void> {
    const origin: MessageOrigin = { topic, partition, offset: message.offset };
    let event: IntegrationEvent;
    try {
      event = this.parse(message);
    } catch (error) {
      this.logger.error({ ...origin, err: errorField(error) }, 'invalid message; dead-lettering');
      if (await this.deadLetter(origin, message, error, 0)) await this.commit(origin);
      return;
    }

    for (let attempt = 1, unavailable = 0; ; attempt++) {
      try {
        const outcome = await this.handleOnce(event, origin);
        this.state[outcome]++;
        break;
      } catch (error) {
        this.state.lastError = errorField(error).message;
        if (isUnavailable(error)) {
          // The message is fine; a store the handler writes to is not. Dead-lettering it would
          // lose its effect for good, so it waits for the store, however long (the partition
          // waits with it, in order), and this does not count as one of its attempts.
          attempt--;
          unavailable++;
          this.logger.warn({ ...origin, unavailable, err: errorField(error) }, 'a store is unavailable; retrying the message until it is back');
          if (await sleepUnless(backoffDelay(unavailable, { maxDelayMs: 5_000 }), this.stopSignal.promise)) {
            this.logger.info(origin, 'stopping with a message unfinished; it will be redelivered');
            return;
          }
          await heartbeat();
          continue;
        }
        if (attempt >= this.maxAttempts) {
          this.logger.error({ ...origin, attempt, err: errorField(error) }, 'handler failed for the last time; dead-lettering');
          if (await this.deadLetter(origin, message, error, attempt)) break;
          return;
        }
        this.logger.warn({ ...origin, attempt, err: errorField(error) }, 'handler failed; retrying');
        if (await sleepUnless(this.retryDelayMs * 2 ** (attempt - 1), this.stopSignal.promise)) {
          // Returning without a commit: the group's offset still points here, so it is redelivered.
          this.logger.info(origin, 'stopping with a message unfinished; it will be redelivered');
          return;
        }
        await heartbeat();
      }
    }
    await this.commit(origin);
  }

  /**
   * Handles a fact unless the group has handled it (a copy) or has nothing to do with it.
   * Recorded after the handler succeeded: a crash in between brings the fact again, to a handler
   * that must be idempotent anyway. A failure of the log itself is a failure of the message (an
   * unavailable database waits).
   */
  private async handleOnce(event: IntegrationEvent, origin: MessageOrigin): Promise<'processed' | 'ignored' | 'duplicates'> {
    if (this.options.concerns && !this.options.concerns(event, origin)) return 'ignored';
    const consumed = this.options.consumed;
    if (await consumed?.has(this.options.groupId, event.id)) {
      this.logger.info({ ...origin, eventId: event.id, type: event.type }, 'a copy of a handled fact; skipped');
      return 'duplicates';
    }
    await this.options.handle(event, origin);
    await consumed?.record(this.options.groupId, event.id);
    return 'processed';
  }

  private parse(message: KafkaMessage): IntegrationEvent {
    const event = fromKafkaMessage(message);
    // Only events with a registered schema are checked: others are not ours to judge.
    if (schemaFor(event.type, event.version)) {
      const result = validateIntegrationEvent(event.type, event.version, event.data);
      if (!result.valid) throw new InvalidMessageError(`data breaks ${event.type}.v${event.version}: ${result.errors.join('; ')}`);
    }
    return event;
  }

  /**
   * Sends the message, untouched plus origin headers, to `<topic>.dlq`; retries until acked.
   * Returns false when stopped before the DLQ acknowledged it (then nothing is committed).
   */
  private async deadLetter(origin: MessageOrigin, message: KafkaMessage, error: unknown, attempts: number): Promise<boolean> {
    const producer = this.dlqProducer;
    if (!producer) return false;
    const dlqTopic = dlqTopicOf(origin.topic);
    const headers = {
      ...message.headers,
      [DLQ_HEADERS.originTopic]: origin.topic,
      [DLQ_HEADERS.originPartition]: String(origin.partition),
      [DLQ_HEADERS.originOffset]: origin.offset,
      [DLQ_HEADERS.error]: `${errorField(error).name}: ${errorField(error).message}`.slice(0, MAX_ERROR_LENGTH),
      [DLQ_HEADERS.attempts]: String(attempts),
    };
    for (let attempt = 1; ; attempt++) {
      try {
        await producer.send({ topic: dlqTopic, acks: -1, messages: [{ key: message.key, value: message.value, headers }] });
        this.state.deadLettered++;
        this.logger.warn({ ...origin, dlqTopic }, 'message dead-lettered');
        return true;
      } catch (sendError) {
        this.logger.error({ ...origin, dlqTopic, attempt, err: errorField(sendError) }, 'dead-lettering failed; retrying');
        if (await sleepUnless(backoffDelay(attempt), this.stopSignal.promise)) return false;
      }
    }
  }

  private async commit(origin: MessageOrigin): Promise<void> {
    // The committed offset is the next one to read.
    const next = (BigInt(origin.offset) + 1n).toString();
    await this.consumer?.commitOffsets([{ topic: origin.topic, partition: origin.partition, offset: next }]);
  }
}
