import { validateIntegrationEvent, schemaFor, type IntegrationEvent } from '@career/contracts';
import type { CheckpointStore, EventStore, ParkedEventStore, RecordedEvent } from '@career/event-sourcing';
import { CheckpointedSubscriber, EventFailure, type SubscriberHealth } from '@career/event-store';
import { errorField, silentLogger, type BackoffOptions, type Logger } from '@career/platform';
import { Partitioners, type Kafka, type Producer } from 'kafkajs';
import { toKafkaMessage, type OutgoingMessage } from './to-kafka-message';

export interface EventRelayOptions {
  kafka: Kafka;
  store: EventStore;
  checkpoints: CheckpointStore;
  /** Where operators park an event the relay cannot publish (a mapping bug, a contract break). */
  parked?: ParkedEventStore;
  /** Checkpoint and subscriber name; one per relay, e.g. `client-intake.relay`. */
  name: string;
  topic: string;
  categories: readonly string[];
  /** Domain event -> the integration events it publishes; [] = not published. Must be pure. */
  toIntegrationEvents: (event: RecordedEvent) => IntegrationEvent[];
  /**
   * Reads what the mapping needs out of the stored event before it is mapped, e.g. decrypts
   * the fields a published category is computed from. It does I/O (a key store), so a
   * failure is retried like a failed send.
   */
  decode?: (event: RecordedEvent) => Promise<RecordedEvent>;
  logger?: Logger;
  /** Most events per Kafka send. Default 100. */
  batchSize?: number;
  /** How long a batch waits for more events after the first one. Default 0 (see followInBatches). */
  maxBatchDelayMs?: number;
  /** Backoff between failed sends / subscription restarts. */
  retry?: BackoffOptions;
  /** See CheckpointedSubscriberOptions.stuckAfterMs. */
  stuckAfterMs?: number;
}

export type RelayHealth = SubscriberHealth & { published: number };

/**
 * Event store -> Kafka, at least once and in order per stream (Kurrent's connectors do the
 * same): the checkpointed subscriber core hands batches over, each is sent with an idempotent
 * producer and acks=all, and the checkpoint is stored only after the broker's
 * acknowledgement. A failed send or an unmappable event is retried with backoff; the
 * checkpoint never passes an unpublished event unless an operator parks it.
 */
export class EventRelay {
  readonly subscriber: CheckpointedSubscriber;
  private readonly logger: Logger;
  private producer: Producer | undefined;
  private published = 0;

  constructor(private readonly options: EventRelayOptions) {
    this.logger = options.logger ?? silentLogger;
    const { name, store, checkpoints, parked, categories, batchSize, maxBatchDelayMs, retry, stuckAfterMs } = options;
    this.subscriber = new CheckpointedSubscriber({
      name,
      store,
      checkpoints,
      parked,
      categories,
      batchSize,
      maxBatchDelayMs,
      retry,
      stuckAfterMs,
      logger: this.logger,
      handle: (events) => this.publish(events),
    });
  }

  /** Connects the producer and starts relaying from the checkpoint; resolves once running. */
  async start(): Promise<void> {
    if (this.producer) throw new Error(`relay ${this.options.name} already started`);
    const producer = this.options.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      // Java-compatible murmur2 partitioning: a client lands on the same partition whoever produces.
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    try {
      await producer.connect();
      this.producer = producer;
      await this.subscriber.start();
    } catch (error) {
      this.producer = undefined;
      await producer.disconnect().catch(() => undefined);
      throw error;
    }
  }

  /** Stops after the in-flight batch is acknowledged and checkpointed (or abandoned, uncheckpointed, while failing). */
  async stop(): Promise<void> {
    await this.subscriber.stop();
    await this.producer?.disconnect();
    this.producer = undefined;
  }

  health(): RelayHealth {
    return { ...this.subscriber.health(), published: this.published };
  }

  private async publish(events: RecordedEvent[]): Promise<void> {
    const messages: OutgoingMessage[] = [];
    for (const event of events) messages.push(...(await this.map(event)));
    if (messages.length === 0) return;
    const producer = this.producer;
    if (!producer) throw new Error('producer not connected');
    try {
      // acks -1 = all in-sync replicas; with the idempotent producer, retries cannot duplicate.
      await producer.send({ topic: this.options.topic, messages, acks: -1 });
    } catch (error) {
      this.logger.error({ relay: this.options.name, topic: this.options.topic, messages: messages.length, err: errorField(error) }, 'relay send failed');
      throw error;
    }
    this.published += messages.length;
  }

  /** One event's messages; a failure names the event, so health and parking can. */
  private async map(stored: RecordedEvent): Promise<OutgoingMessage[]> {
    try {
      const event = this.options.decode ? await this.options.decode(stored) : stored;
      return this.options.toIntegrationEvents(event).map((integrationEvent) => {
        // Publishing a payload that breaks its own contract would poison every consumer.
        if (schemaFor(integrationEvent.type, integrationEvent.version)) {
          const result = validateIntegrationEvent(integrationEvent.type, integrationEvent.version, integrationEvent.data);
          if (!result.valid) throw new Error(`${integrationEvent.type}.v${integrationEvent.version} breaks its schema: ${result.errors.join('; ')}`);
        }
        return toKafkaMessage(integrationEvent);
      });
    } catch (error) {
      throw new EventFailure(stored, error);
    }
  }
}
