import { validateIntegrationEvent, schemaFor, type IntegrationEvent } from '@career/contracts';
import type { CheckpointStore, EventStore, RecordedEvent } from '@career/event-sourcing';
import { followInBatches } from '@career/event-store';
import { backoffDelay, errorField, silentLogger, sleepUnless, StopSignal, type BackoffOptions, type Logger } from '@career/platform';
import { Partitioners, type Kafka, type Producer } from 'kafkajs';
import { toKafkaMessage, type OutgoingMessage } from './to-kafka-message';

/**
 * Fault injection for tests only (never set in services): simulates a process that dies at
 * the worst moment. When the hook throws, the relay stops on the spot, as a crashed process
 * would: the batch is on the broker, the checkpoint is not advanced, and the next run
 * republishes the batch (duplicates, never gaps).
 */
export interface RelayFaults {
  /** Runs after the broker acknowledged a batch and before its checkpoint is stored. */
  afterAckBeforeCheckpoint?: (batch: { lastPosition: number; messages: number }) => Promise<void>;
}

export interface EventRelayOptions {
  kafka: Kafka;
  store: EventStore;
  checkpoints: CheckpointStore;
  /** Checkpoint name; one per relay, e.g. `client-intake.relay`. */
  name: string;
  topic: string;
  categories: readonly string[];
  /** Domain event -> the integration events it publishes; [] = not published. Must be pure. */
  toIntegrationEvents: (event: RecordedEvent) => IntegrationEvent[];
  /**
   * Reads what the mapping needs out of the stored event before it is mapped, e.g. decrypts
   * the fields a published category is computed from. It does I/O (a key store), so a
   * failure is treated as transient: retried from the checkpoint, never skipped.
   */
  decode?: (event: RecordedEvent) => Promise<RecordedEvent>;
  logger?: Logger;
  /** Most events per Kafka send. Default 100. */
  batchSize?: number;
  /** How long a batch waits for more events after the first one. Default 20 ms. */
  maxBatchDelayMs?: number;
  /** Backoff between failed sends / subscription restarts. */
  retry?: BackoffOptions;
  faults?: RelayFaults;
}

export type RelayStatus = 'idle' | 'running' | 'retrying' | 'stopped' | 'failed';

export interface RelayHealth {
  name: string;
  status: RelayStatus;
  /** Global position of the last event acknowledged by the broker and checkpointed. */
  checkpoint: number | undefined;
  published: number;
  lastError?: string;
}

/** A problem retrying cannot fix (a mapping bug, an event breaking its contract): stop loudly. */
class RelayFatalError extends Error {
  override name = 'RelayFatalError';
}
/** Stop was requested while a batch was still unacknowledged. */
class RelayStoppedError extends Error {
  override name = 'RelayStoppedError';
}

/**
 * Event store -> Kafka, at least once and in order per stream (DESIGN §3, Kurrent connectors):
 * catch-up subscription from the checkpoint, batches sent with an idempotent producer and
 * acks=all, the checkpoint stored only after the broker's acknowledgement. A failed send is
 * retried with backoff for as long as it takes; the checkpoint never passes an unacked event.
 */
export class EventRelay {
  private readonly logger: Logger;
  private producer: Producer | undefined;
  private stopSignal = new StopSignal();
  private loop: Promise<void> | undefined;
  private state: RelayHealth;

  constructor(private readonly options: EventRelayOptions) {
    this.logger = options.logger ?? silentLogger;
    this.state = { name: options.name, status: 'idle', checkpoint: undefined, published: 0 };
  }

  /** Connects, loads the checkpoint and starts relaying; resolves once running. */
  async start(): Promise<void> {
    if (this.loop) throw new Error(`relay ${this.options.name} already started`);
    this.stopSignal = new StopSignal();
    this.producer = this.options.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      // Java-compatible murmur2 partitioning: a client lands on the same partition whoever produces.
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    try {
      await this.producer.connect();
      this.state.checkpoint = await this.options.checkpoints.load(this.options.name);
    } catch (error) {
      await this.producer.disconnect().catch(() => undefined);
      this.producer = undefined;
      throw error;
    }
    this.state.status = 'running';
    this.logger.info({ relay: this.options.name, checkpoint: this.state.checkpoint ?? null }, 'relay started');
    this.loop = this.run();
  }

  /** Stops after the in-flight batch is acknowledged and checkpointed (or abandoned if unsendable). */
  async stop(): Promise<void> {
    this.stopSignal.signal();
    await this.loop;
    this.loop = undefined;
    await this.producer?.disconnect();
    this.producer = undefined;
    if (this.state.status !== 'failed') this.state.status = 'stopped';
    this.logger.info({ relay: this.options.name, checkpoint: this.state.checkpoint ?? null }, 'relay stopped');
  }

  health(): RelayHealth {
    return { ...this.state };
  }

  private async run(): Promise<void> {
    const { store, categories, batchSize, maxBatchDelayMs } = this.options;
    for (let failures = 0; !this.stopSignal.stopped; ) {
      try {
        const follow = { after: this.state.checkpoint, categories, batchSize, maxBatchDelayMs, stop: this.stopSignal };
        await followInBatches(store, follow, async (events) => {
          await this.publish(events);
          failures = 0;
        });
        return;
      } catch (error) {
        if (error instanceof RelayStoppedError) return;
        if (error instanceof RelayFatalError) {
          this.fail(error);
          return;
        }
        // The subscription broke (store unavailable...): resubscribe from the checkpoint.
        failures++;
        this.state.status = 'retrying';
        this.state.lastError = errorField(error).message;
        this.logger.error({ relay: this.options.name, err: errorField(error), failures }, 'relay subscription failed; resubscribing');
        await sleepUnless(backoffDelay(failures, this.options.retry), this.stopSignal.promise);
      }
    }
  }

  private async publish(events: RecordedEvent[]): Promise<void> {
    const decoded = this.options.decode ? await Promise.all(events.map((event) => this.options.decode!(event))) : events;
    const messages = decoded.flatMap((event) => this.map(event));
    if (messages.length > 0) await this.sendUntilAcked(messages);
    const lastPosition = events[events.length - 1].globalPosition;
    if (this.options.faults?.afterAckBeforeCheckpoint) {
      try {
        await this.options.faults.afterAckBeforeCheckpoint({ lastPosition, messages: messages.length });
      } catch (error) {
        throw new RelayFatalError(`simulated crash after ack: ${errorField(error).message}`);
      }
    }
    await this.storeCheckpoint(lastPosition);
    this.state.published += messages.length;
    this.state.status = 'running';
  }

  private map(event: RecordedEvent): OutgoingMessage[] {
    try {
      return this.options.toIntegrationEvents(event).map((integrationEvent) => {
        // Publishing a payload that breaks its own contract would poison every consumer.
        if (schemaFor(integrationEvent.type, integrationEvent.version)) {
          const result = validateIntegrationEvent(integrationEvent.type, integrationEvent.version, integrationEvent.data);
          if (!result.valid) throw new Error(`${integrationEvent.type}.v${integrationEvent.version} breaks its schema: ${result.errors.join('; ')}`);
        }
        return toKafkaMessage(integrationEvent);
      });
    } catch (error) {
      // Deterministic: retrying cannot help and skipping would leave a gap.
      throw new RelayFatalError(`mapping ${event.type} at position ${event.globalPosition} failed: ${errorField(error).message}`);
    }
  }

  private async sendUntilAcked(messages: OutgoingMessage[]): Promise<void> {
    const producer = this.producer;
    if (!producer) throw new RelayStoppedError('producer not connected');
    for (let attempt = 1; ; attempt++) {
      try {
        // acks -1 = all in-sync replicas; with the idempotent producer, retries cannot duplicate.
        await producer.send({ topic: this.options.topic, messages, acks: -1 });
        return;
      } catch (error) {
        this.state.status = 'retrying';
        this.state.lastError = errorField(error).message;
        this.logger.error(
          { relay: this.options.name, topic: this.options.topic, messages: messages.length, attempt, err: errorField(error) },
          'relay send failed; retrying',
        );
        // On stop the batch stays unacknowledged: the checkpoint does not move, a restart resends.
        if (await sleepUnless(backoffDelay(attempt, this.options.retry), this.stopSignal.promise)) {
          throw new RelayStoppedError('stopped while a batch was unacknowledged');
        }
      }
    }
  }

  private async storeCheckpoint(position: number): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.options.checkpoints.store(this.options.name, position);
        this.state.checkpoint = position;
        return;
      } catch (error) {
        this.state.lastError = errorField(error).message;
        this.logger.error({ relay: this.options.name, position, attempt, err: errorField(error) }, 'relay checkpoint failed; retrying');
        // Giving up on stop only means the acked batch is sent again after a restart.
        if (await sleepUnless(backoffDelay(attempt, this.options.retry), this.stopSignal.promise)) {
          throw new RelayStoppedError('stopped before the checkpoint was stored');
        }
      }
    }
  }

  private fail(error: Error): void {
    this.state.status = 'failed';
    this.state.lastError = error.message;
    this.logger.error({ relay: this.options.name, err: errorField(error) }, 'relay failed; it needs a fix and a restart');
  }
}
