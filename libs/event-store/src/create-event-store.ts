import type { EventStore, UpcasterRegistry } from '@career/event-sourcing';
import { EsdbEventStore } from './esdb/esdb-event-store';
import { DEFAULT_SQLITE_PATH, SqliteEventStore } from './sqlite/sqlite-event-store';

export interface EventStoreConfig {
  kind: 'sqlite' | 'esdb';
  /** sqlite only; default `.data/events.sqlite`. */
  sqlitePath?: string;
  /** esdb only, e.g. `esdb://localhost:2113?tls=false`. */
  esdbConnectionString?: string;
  upcasters?: UpcasterRegistry;
}

/** The one place that picks an adapter from configuration (EVENT_STORE=sqlite|esdb). */
export function createEventStore(config: EventStoreConfig): EventStore {
  switch (config.kind) {
    case 'sqlite':
      return new SqliteEventStore({ path: config.sqlitePath ?? DEFAULT_SQLITE_PATH, upcasters: config.upcasters });
    case 'esdb':
      if (!config.esdbConnectionString) {
        throw new Error('event store kind "esdb" needs esdbConnectionString (ESDB_CONNECTION_STRING)');
      }
      return new EsdbEventStore({ connectionString: config.esdbConnectionString, upcasters: config.upcasters });
    default:
      throw new Error(`unknown event store kind "${String((config as { kind: unknown }).kind)}"`);
  }
}
