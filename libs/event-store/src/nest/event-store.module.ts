import { Inject, Module, Optional, type DynamicModule, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { EventStore, UpcasterRegistry } from '@career/event-sourcing';
import { BaseServiceConfig, HealthRegistry } from '@career/platform';
import { createEventStore, type EventStoreConfig } from '../create-event-store';

/** Injection token of the EventStore port: `@Inject(EVENT_STORE) store: EventStore`. */
export const EVENT_STORE = 'EVENT_STORE';

/** Provides one EventStore for the whole application, checks it for readiness, closes it on shutdown. */
@Module({})
export class EventStoreModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Optional() private readonly health?: HealthRegistry,
  ) {}

  static forRoot(options: EventStoreConfig): DynamicModule {
    return {
      module: EventStoreModule,
      global: true,
      providers: [{ provide: EVENT_STORE, useFactory: () => createEventStore(options) }],
      exports: [EVENT_STORE],
    };
  }

  /** The adapter the service's configuration names (EVENT_STORE, SQLITE_PATH, ESDB_CONNECTION_STRING). */
  static forService(options: { upcasters?: UpcasterRegistry } = {}): DynamicModule {
    return {
      module: EventStoreModule,
      global: true,
      providers: [
        {
          provide: EVENT_STORE,
          inject: [BaseServiceConfig],
          useFactory: (config: BaseServiceConfig) =>
            createEventStore({
              kind: config.EVENT_STORE,
              sqlitePath: config.SQLITE_PATH,
              esdbConnectionString: config.ESDB_CONNECTION_STRING,
              upcasters: options.upcasters,
            }),
        },
      ],
      exports: [EVENT_STORE],
    };
  }

  onModuleInit(): void {
    this.health?.register('event-store', () => this.store.ping());
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
