import { Inject, Module, type BeforeApplicationShutdown, type DynamicModule, type OnApplicationBootstrap, type Type } from '@nestjs/common';
import { BaseServiceConfig, HealthRegistry, KeepTrying, ROOT_LOGGER, SERVICE_NAME } from '@career/platform';
import type { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { IntegrationConsumer } from '../integration-consumer';
import { routerOf, type ProducerConsumer } from '../integration-handlers';
import { KAFKA } from './kafka.module';

export interface ConsumerModuleOptions {
  /** The service's consumers, one provider class per producer (`src/integration/<producer>.consumer.ts`). */
  consumers: readonly Type<ProducerConsumer>[];
  /** The modules that provide the consumers' own dependencies. */
  imports?: DynamicModule['imports'];
}

const CONSUMER = 'INTEGRATION_CONSUMER';

/**
 * The service's consumer group (`KAFKA_GROUP_ID`, default the service name) on the topics of
 * the producers it declares consumers for: started in the background once the application is
 * up, retried while Kafka is down; on shutdown it leaves the group after the message in hand,
 * whose offset is committed only if it was handled.
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
        ...options.consumers,
        {
          provide: CONSUMER,
          inject: [KAFKA, SERVICE_NAME, ROOT_LOGGER, BaseServiceConfig, ...options.consumers],
          useFactory: (kafka: Kafka, serviceName: string, logger: Logger, config: BaseServiceConfig, ...consumers: ProducerConsumer[]) => {
            const router = routerOf(consumers);
            return new IntegrationConsumer({
              kafka,
              groupId: config.KAFKA_GROUP_ID ?? serviceName,
              topics: router.topics,
              handle: (event, origin) => router.route(event, origin),
              logger: logger.child({ component: 'consumer' }),
            });
          },
        },
      ],
      exports: [...options.consumers],
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
