import { Inject, Module, type DynamicModule, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { BaseServiceConfig, HealthRegistry, KeepTrying, ROOT_LOGGER, SERVICE_NAME } from '@career/platform';
import type { Admin, Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { createKafka } from '../kafka';
import { provisionTopics, replicationFactorFromEnv } from '../provision-topics';

export const KAFKA = 'KAFKA';
const KAFKA_TOPICS = 'KAFKA_TOPICS';

export interface KafkaModuleOptions {
  /** Topics this service publishes to; provisioned (with their DLQs) at start-up. */
  provisions: readonly string[];
}

/**
 * The service's Kafka client. Topic provisioning runs in the background and is retried, so a
 * service starts while the broker is down and is ready once the broker answers and its
 * topics exist.
 */
@Module({})
export class KafkaModule implements OnModuleInit, OnApplicationShutdown {
  private readonly provisioner: KeepTrying;
  private admin: Admin | undefined;

  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(KAFKA_TOPICS) private readonly topics: readonly string[],
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
    private readonly health: HealthRegistry,
  ) {
    this.provisioner = new KeepTrying({ name: 'kafka-topics', logger });
  }

  static forService(options: KafkaModuleOptions): DynamicModule {
    return {
      module: KafkaModule,
      global: true,
      providers: [
        { provide: KAFKA_TOPICS, useValue: options.provisions },
        {
          provide: KAFKA,
          inject: [BaseServiceConfig, SERVICE_NAME, ROOT_LOGGER],
          useFactory: (config: BaseServiceConfig, serviceName: string, logger: Logger) =>
            createKafka({ brokers: config.KAFKA_BROKERS, clientId: serviceName, logger: logger.child({ component: 'kafka' }) }),
        },
      ],
      exports: [KAFKA],
    };
  }

  onModuleInit(): void {
    this.health.register('kafka', async () => {
      if (!this.provisioner.done) throw new Error(`topics not provisioned yet${this.provisioner.error ? `: ${this.provisioner.error}` : ''}`);
      try {
        this.admin ??= this.kafka.admin();
        await this.admin.connect();
        await this.admin.describeCluster();
      } catch (error) {
        const stale = this.admin;
        this.admin = undefined;
        await stale?.disconnect().catch(() => undefined);
        throw error;
      }
    });
    const specs = this.topics.map((topic) => ({ topic }));
    this.provisioner.start(async () => {
      const { created } = await provisionTopics(this.kafka, specs, { replicationFactor: replicationFactorFromEnv() });
      if (created.length > 0) this.logger.info({ topics: created }, 'kafka topics created');
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.provisioner.stop();
    await this.admin?.disconnect().catch(() => undefined);
  }
}
