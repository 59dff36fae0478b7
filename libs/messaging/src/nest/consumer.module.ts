import { Inject, Module, type BeforeApplicationShutdown, type DynamicModule, type OnApplicationBootstrap, type Type } from '@nestjs/common';
import { BaseServiceConfig, CONSUMED_EVENT_LOG, errorField, HealthRegistry, KeepTrying, ROOT_LOGGER, SERVICE_NAME, type ConsumedEventLog } from '@career/platform';
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
 * How long the group remembers a handled fact. A copy comes within minutes of its original (a
 * relay resends its last batch after a restart; a second relay is a batch behind at most): a
 * week is far more than that, and keeps the log small.
 */
const REMEMBER_HANDLED_FOR_MS = 7 * 24 * 3600_000;
const FORGET_EVERY_MS = 3600_000;

/**
 * The service's consumer group (`KAFKA_GROUP_ID`, default the service name) on the topics of
 * the producers it declares consumers for: started in the background once the application is
 * up, retried while Kafka is down; on shutdown it leaves the group after the message in hand,
 * whose offset is committed only if it was handled. Copies of facts it has handled are skipped
 * (the consumed-event log in the service's database, kept for a week); facts of types it
 * declares no handler for are passed over without touching that log.
 */
@Module({})
export class ConsumerModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly starter: KeepTrying;
  private forgetting: NodeJS.Timeout | undefined;

  constructor(
    @Inject(CONSUMER) private readonly consumer: IntegrationConsumer,
    @Inject(CONSUMED_EVENT_LOG) private readonly consumed: ConsumedEventLog,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
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
          inject: [KAFKA, SERVICE_NAME, ROOT_LOGGER, BaseServiceConfig, CONSUMED_EVENT_LOG, ...options.consumers],
          useFactory: (kafka: Kafka, serviceName: string, logger: Logger, config: BaseServiceConfig, consumed: ConsumedEventLog, ...consumers: ProducerConsumer[]) => {
            const router = routerOf(consumers);
            return new IntegrationConsumer({
              kafka,
              groupId: config.KAFKA_GROUP_ID ?? serviceName,
              topics: router.topics,
              consumed,
              concerns: (event, origin) => router.concerns(event, origin),
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
    this.forgetting = setInterval(() => void this.forgetOld(), FORGET_EVERY_MS).unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.forgetting);
    await this.starter.stop();
    if (this.starter.done) await this.consumer.stop();
  }

  private async forgetOld(): Promise<void> {
    try {
      const forgotten = await this.consumed.forget(new Date(Date.now() - REMEMBER_HANDLED_FOR_MS));
      if (forgotten > 0) this.logger.info({ forgotten }, 'forgot handled facts older than a week');
    } catch (error) {
      this.logger.warn({ err: errorField(error) }, 'could not forget old handled facts; trying again in an hour');
    }
  }
}
