import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describeEventStoreContract } from '../contract/event-store.contract';
import { SqliteEventStore } from './sqlite-event-store';

// Real SQLite files (WAL, synchronous=FULL) in a fresh temp folder per test.
describeEventStoreContract('sqlite', async (options) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'event-store-contract-'));
  const store = new SqliteEventStore({ path: path.join(dir, 'nested', 'events.sqlite'), upcasters: options?.upcasters, pollIntervalMs: 50 });
  return {
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
