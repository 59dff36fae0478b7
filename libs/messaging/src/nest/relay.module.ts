import { Inject, Module, type BeforeApplicationShutdown, type DynamicModule, type FactoryProvider, type OnApplicationBootstrap } from '@nestjs/common';
import type { IntegrationEvent } from '@career/contracts';
import type { CheckpointStore, EventStore, RecordedEvent } from '@career/event-sourcing';
import { HealthRegistry, KeepTrying, ROOT_LOGGER, SERVICE_NAME } from '@career/platform';
import type { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { EventRelay, type EventRelayOptions } from '../event-relay';
import { KAFKA } from './kafka.module';

/** Injection tokens the relay needs, provided by the event-store and MongoDB modules. */
export interface RelayDependencies {
  eventStore: string | symbol;
  checkpointStore: string | symbol;
}

export interface RelayModuleOptions extends RelayDependencies {
  topic: string;
  /** Stream categories this service owns and publishes. */
  categories: readonly string[];
  toIntegrationEvents: (event: RecordedEvent) => IntegrationEvent[];
  /** Provides EventRelayOptions['decode'] (from global providers, e.g. the privacy cipher) when the mapping needs decrypted fields. */
  decoder?: FactoryProvider<EventRelayOptions['decode']>;
}

const RELAY = 'EVENT_RELAY';

/**
 * Runs the service's relay (event store -> its Kafka topic) for the application's lifetime:
 * started in the background once the application is up (retried while Kafka or MongoDB is
 * down), stopped before shutdown after its in-flight batch is acknowledged and checkpointed.
 */
@Module({})
export class RelayModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly starter: KeepTrying;

  constructor(
    @Inject(RELAY) private readonly relay: EventRelay,
    @Inject(ROOT_LOGGER) logger: Logger,
    private readonly health: HealthRegistry,
  ) {
    this.starter = new KeepTrying({ name: 'relay', logger });
  }

  static forService(options: RelayModuleOptions): DynamicModule {
    return {
      module: RelayModule,
      providers: [
        ...(options.decoder ? [options.decoder] : []),
        {
          provide: RELAY,
          inject: [KAFKA, options.eventStore, options.checkpointStore, SERVICE_NAME, ROOT_LOGGER, ...(options.decoder ? [options.decoder.provide] : [])],
          useFactory: (kafka: Kafka, store: EventStore, checkpoints: CheckpointStore, serviceName: string, logger: Logger, decode?: EventRelayOptions['decode']) =>
            new EventRelay({
              kafka,
              store,
              checkpoints,
              name: `${serviceName}.relay`,
              topic: options.topic,
              categories: options.categories,
              toIntegrationEvents: options.toIntegrationEvents,
              decode,
              logger: logger.child({ component: 'relay' }),
            }),
        },
      ],
    };
  }

  onApplicationBootstrap(): void {
    this.health.register('relay', async () => {
      const { status, lastError } = this.relay.health();
      if (status === 'failed' || !this.starter.done) {
        throw new Error(`relay ${status}${lastError ? `: ${lastError}` : this.starter.error ? `: ${this.starter.error}` : ''}`);
      }
    });
    this.starter.start(() => this.relay.start());
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.starter.stop();
    if (this.starter.done) await this.relay.stop();
  }
}
