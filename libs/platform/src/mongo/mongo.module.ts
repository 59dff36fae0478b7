import { Global, Inject, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { BaseServiceConfig } from '../config/base-service.config';
import { HealthRegistry } from '../health/health-registry';
import { KeepTrying } from '../lifecycle/keep-trying';
import { ROOT_LOGGER } from '../platform.tokens';
import mongoose, { type Connection } from 'mongoose';
import type { Logger } from 'pino';
import { MongoCheckpointStore } from './mongo-checkpoint-store';
import { MongoConsumedEventLog } from './mongo-consumed-event-log';
import { MongoParkedEventStore } from './mongo-parked-event-store';

/** The service's own MongoDB database (a service owns its database: docs/architecture.md). */
export const MONGO_CONNECTION = 'MONGO_CONNECTION';
/** Where the service's relay and projections keep their positions. */
export const CHECKPOINT_STORE = 'CHECKPOINT_STORE';
/** Where events an operator parked (so a stuck subscriber can pass them) are kept. */
export const PARKED_EVENT_STORE = 'PARKED_EVENT_STORE';
/** Which facts the service's consumer group has handled (its consumers skip copies). */
export const CONSUMED_EVENT_LOG = 'CONSUMED_EVENT_LOG';

/**
 * One mongoose connection per service, opened in the background: the service starts (and
 * reports not-ready) while MongoDB is down and connects when it comes back. Models created on
 * the connection buffer their operations until then.
 */
@Global()
@Module({
  providers: [
    {
      provide: MONGO_CONNECTION,
      // Not connected yet: MongoModule.onModuleInit opens it (and retries) in the background.
      useFactory: (): Connection => mongoose.createConnection(),
    },
    { provide: CHECKPOINT_STORE, inject: [MONGO_CONNECTION], useFactory: (c: Connection) => new MongoCheckpointStore(c) },
    { provide: PARKED_EVENT_STORE, inject: [MONGO_CONNECTION], useFactory: (c: Connection) => new MongoParkedEventStore(c) },
    { provide: CONSUMED_EVENT_LOG, inject: [MONGO_CONNECTION], useFactory: (c: Connection) => new MongoConsumedEventLog(c) },
  ],
  exports: [MONGO_CONNECTION, CHECKPOINT_STORE, PARKED_EVENT_STORE, CONSUMED_EVENT_LOG],
})
export class MongoModule implements OnModuleInit, OnApplicationShutdown {
  private readonly opener: KeepTrying;

  constructor(
    @Inject(MONGO_CONNECTION) private readonly connection: Connection,
    @Inject(BaseServiceConfig) private readonly config: BaseServiceConfig,
    @Inject(ROOT_LOGGER) logger: Logger,
    private readonly health: HealthRegistry,
  ) {
    this.opener = new KeepTrying({ name: 'mongodb', logger });
  }

  onModuleInit(): void {
    this.health.register('mongodb', async () => {
      if (this.connection.readyState !== mongoose.ConnectionStates.connected || !this.connection.db) {
        throw new Error(this.opener.error ? `not connected: ${this.opener.error}` : 'not connected');
      }
      await this.connection.db.admin().ping();
    });
    this.opener.start(async () => {
      await this.connection.openUri(this.config.MONGO_URL, { serverSelectionTimeoutMS: 5_000 });
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.opener.stop();
    await this.connection.close();
  }
}
