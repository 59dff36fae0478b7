import { Global, Inject, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { BaseServiceConfig, HealthRegistry, KeepTrying, ROOT_LOGGER } from '@career/platform';
import mongoose, { type Connection } from 'mongoose';
import type { Logger } from 'pino';
import { MongoCheckpointStore } from '../mongo-checkpoint-store';

/** The service's own MongoDB database (DESIGN §1: a service owns its database). */
export const MONGO_CONNECTION = 'MONGO_CONNECTION';
/** Where the service's relay and projections keep their positions. */
export const CHECKPOINT_STORE = 'CHECKPOINT_STORE';

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
  ],
  exports: [MONGO_CONNECTION, CHECKPOINT_STORE],
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
