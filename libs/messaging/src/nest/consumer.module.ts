import { Inject, Module, type BeforeApplicationShutdown, type DynamicModule, type OnApplicationBootstrap, type Type } from '@nestjs/common';
import type { IntegrationEvent } from '@career/contracts';
import { BaseServiceConfig, HealthRegistry, KeepTrying, ROOT_LOGGER, SERVICE_NAME } from '@career/platform';
import type { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { IntegrationConsumer, type MessageOrigin } from '../integration-consumer';
import { KAFKA } from './kafka.module';

/** A service's handler of the integration events it consumes; must be idempotent. */
export interface IntegrationEventHandler {
  handle(event: IntegrationEvent, origin: MessageOrigin): Promise<void>;
}

export interface ConsumerModuleOptions {
  topics: readonly string[];
  /** A provider class of the service (it may inject the service's read models). */
  handler: Type<IntegrationEventHandler>;
  /** The module that provides `handler`'s own dependencies. */
  imports?: DynamicModule['imports'];
}

const CONSUMER = 'INTEGRATION_CONSUMER';

/**
 * The service's consumer group (`KAFKA_GROUP_ID`, default the service name): started in the
 * background once the application is up, retried while Kafka is down; on shutdown it leaves
 * the group after the message in hand, whose offset is committed only if it was handled.
 */
@Module({})
export class ConsumerModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly starter: KeepTrying;

  constructor(
    @Inject(CONSUMER) private readonly consumer: IntegrationConsumer,
    @Inject(ROOT_LOGGER) logger: Logger,
    private readonly health: HealthRegistry,
  ) {
    this.starter = new KeepTrying({ name: 'consumer', logger });
  }

  static forService(options: ConsumerModuleOptions): DynamicModule {
    return {
      module: ConsumerModule,
      imports: options.imports ?? [],
      providers: [
        options.handler,
        {
          provide: CONSUMER,
          inject: [KAFKA, options.handler, SERVICE_NAME, ROOT_LOGGER, BaseServiceConfig],
          useFactory: (kafka: Kafka, handler: IntegrationEventHandler, serviceName: string, logger: Logger, config: BaseServiceConfig) =>
            new IntegrationConsumer({
              kafka,
              groupId: config.KAFKA_GROUP_ID ?? serviceName,
              topics: options.topics,
              handle: (event, origin) => handler.handle(event, origin),
              logger: logger.child({ component: 'consumer' }),
            }),
        },
      ],
    };
  }

  onApplicationBootstrap(): void {
    this.health.register('consumer', async () => {
      const { status, lastError } = this.consumer.health();
      if (status !== 'running') throw new Error(`consumer ${status}${lastError ? `: ${lastError}` : this.starter.error ? `: ${this.starter.error}` : ''}`);
    });
    this.starter.start(() => this.consumer.start());
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.starter.stop();
    if (this.starter.done) await this.consumer.stop();
  }
}
