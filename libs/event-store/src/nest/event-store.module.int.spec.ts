import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { EventStore } from '@career/event-sourcing';
import { newEvent } from '../contract/contract-fixtures';
import { EventStoreClosedError } from '../event-store.errors';
import { EVENT_STORE, EventStoreModule } from './event-store.module';
import { SqliteEventStore } from '../sqlite/sqlite-event-store';

describe('EventStoreModule', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'event-store-module-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('provides the configured store under EVENT_STORE and closes it on application shutdown', async () => {
    const app = await NestFactory.createApplicationContext(
      EventStoreModule.forRoot({ kind: 'sqlite', sqlitePath: path.join(dir, 'events.sqlite') }),
      { logger: false },
    );
    const store = app.get<EventStore>(EVENT_STORE);
    expect(store).toBeInstanceOf(SqliteEventStore);
    await store.appendToStream('client-1', [newEvent('ClientRegistered', {})], { expectedRevision: 'no_stream' });

    await app.close();
    await expect(store.readStream('client-1')).rejects.toBeInstanceOf(EventStoreClosedError);
  });
});
