import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule } from '@career/auth';
import { EventStoreModule } from '@career/event-store';
import { KafkaModule, type KafkaModuleOptions } from '@career/messaging';
import { MongoModule } from '@career/platform';
import { PrivacyModule } from '@career/privacy';

/**
 * What every service runs on, wired the same way everywhere: bearer-token auth, its event store
 * (EVENT_STORE / SQLITE_PATH / ESDB_CONNECTION_STRING), its own MongoDB database (read models,
 * checkpoints, parked events, idempotency keys), its per-client data keys, and Kafka with the
 * topics it publishes provisioned. A service's AppModule imports this and then only its own parts:
 * command sides, projections, relay, consumers (docs/architecture.md#one-services-layout).
 */
@Module({})
export class InfrastructureModule {
  static forService(options: KafkaModuleOptions): DynamicModule {
    return {
      module: InfrastructureModule,
      imports: [AuthModule.forRoot(), EventStoreModule.forService(), MongoModule, PrivacyModule, KafkaModule.forService(options)],
    };
  }
}
