import { Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { EventStore } from '@career/event-sourcing';
import { createEventStore, type EventStoreConfig } from './create-event-store';

/** Injection token of the EventStore port: `@Inject(EVENT_STORE) store: EventStore`. */
export const EVENT_STORE = 'EVENT_STORE';

/** Provides one EventStore for the whole application and closes it on shutdown. */
@Module({})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  static forRoot(options: EventStoreConfig): DynamicModule {
    return {
      module: EventStoreModule,
      global: true,
      providers: [{ provide: EVENT_STORE, useFactory: () => createEventStore(options) }],
      exports: [EVENT_STORE],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
