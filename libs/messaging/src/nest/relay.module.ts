import { Inject, Module, type BeforeApplicationShutdown, type DynamicModule, type FactoryProvider, type OnApplicationBootstrap } from '@nestjs/common';
import type { IntegrationEvent } from '@career/contracts';
import type { CheckpointStore, EventStore, ParkedEventStore, RecordedEvent } from '@career/event-sourcing';
import { EVENT_STORE, SubscriberRegistry, SubscribersModule } from '@career/event-store';
import { BaseServiceConfig, CHECKPOINT_STORE, KeepTrying, PARKED_EVENT_STORE, ROOT_LOGGER, SERVICE_NAME } from '@career/platform';
import type { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { EventRelay, type EventRelayOptions } from '../event-relay';
import { KAFKA } from './kafka.module';

export interface RelayModuleOptions {
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
 * down), registered with the other subscribers for readiness and operators, stopped before
 * shutdown after its in-flight batch is acknowledged and checkpointed.
 */
@Module({})
export class RelayModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly starter: KeepTrying;

  constructor(
    @Inject(RELAY) private readonly relay: EventRelay,
    @Inject(ROOT_LOGGER) logger: Logger,
    private readonly registry: SubscriberRegistry,
  ) {
    this.starter = new KeepTrying({ name: 'relay', logger });
  }

  static forService(options: RelayModuleOptions): DynamicModule {
    return {
      module: RelayModule,
      imports: [SubscribersModule],
      providers: [
        ...(options.decoder ? [options.decoder] : []),
        {
          provide: RELAY,
          inject: [KAFKA, EVENT_STORE, CHECKPOINT_STORE, PARKED_EVENT_STORE, SERVICE_NAME, ROOT_LOGGER, BaseServiceConfig, ...(options.decoder ? [options.decoder.provide] : [])],
          useFactory: (
            kafka: Kafka,
            store: EventStore,
            checkpoints: CheckpointStore,
            parked: ParkedEventStore,
            serviceName: string,
            logger: Logger,
            config: BaseServiceConfig,
            decode?: EventRelayOptions['decode'],
          ) =>
            new EventRelay({
              kafka,
              store,
              checkpoints,
              parked,
              name: `${serviceName}.relay`,
              topic: options.topic,
              categories: options.categories,
              toIntegrationEvents: options.toIntegrationEvents,
              decode,
              stuckAfterMs: config.SUBSCRIBER_STUCK_AFTER_MS,
              logger: logger.child({ component: 'relay' }),
            }),
        },
      ],
    };
  }

  onApplicationBootstrap(): void {
    this.registry.register({ subscriber: this.relay.subscriber, startError: () => this.starter.error });
    this.starter.start(() => this.relay.start());
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.starter.stop();
    if (this.starter.done) await this.relay.stop();
  }
}
