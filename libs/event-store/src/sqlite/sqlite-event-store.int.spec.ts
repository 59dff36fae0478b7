import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { WrongExpectedRevisionError } from '@career/event-sourcing';
import { newEvent, uniqueStream } from '../contract/contract-fixtures';
import { EventStoreClosedError } from '../event-store.errors';
import { SqliteEventStore } from './sqlite-event-store';
import { CLIENT_ID_EXPRESSION } from './sqlite-schema';

// What the contract cannot see from outside: group commit, durability settings, close().
describe('SqliteEventStore', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'event-store-sqlite-'));
    file = path.join(dir, 'a', 'b', 'events.sqlite');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates parent folders, uses WAL, and reopens an existing file', async () => {
    const first = new SqliteEventStore({ path: file });
    await first.appendToStream('client-1', [newEvent('ClientRegistered', {})], { expectedRevision: 'no_stream' });
    await first.close();
    const again = new SqliteEventStore({ path: file });
    expect(await again.readStream('client-1')).toHaveLength(1);
    await again.close();

    const raw = new DatabaseSync(file);
    expect(raw.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    raw.close();
  });

  it('commits concurrent appends in one transaction, and a conflicting one fails alone', async () => {
    const store = new SqliteEventStore({ path: file });
    try {
      const contested = uniqueStream('client');
      await store.appendToStream(contested, [newEvent('ClientRegistered', {})], { expectedRevision: 'no_stream' });
      const before = store.commitStats;

      const appends = Array.from({ length: 16 }, (_, i) =>
        store.appendToStream(uniqueStream('client'), [newEvent('ClientRegistered', { i })], { expectedRevision: 'no_stream' }),
      );
      const stale = store.appendToStream(contested, [newEvent('ClientRenamed', {})], { expectedRevision: 5 });
      const results = await Promise.allSettled([...appends, stale]);

      expect(results.slice(0, 16).every((r) => r.status === 'fulfilled')).toBe(true);
      expect(results[16]).toMatchObject({ status: 'rejected', reason: expect.any(WrongExpectedRevisionError) });
      expect(store.commitStats).toMatchObject({ commits: before.commits + 1, appends: before.appends + 17 });
      const positions = results.slice(0, 16).map((r) => (r as PromiseFulfilledResult<{ position: number }>).value.position);
      expect(new Set(positions).size).toBe(16);
    } finally {
      await store.close();
    }
  });

  it("waits for another connection's write lock without blocking the event loop, then commits", async () => {
    const store = new SqliteEventStore({ path: file });
    const other = new DatabaseSync(file);
    try {
      other.exec('BEGIN IMMEDIATE'); // as another service process in the middle of its commit
      let ticks = 0;
      const ticking = setInterval(() => ticks++, 5);
      const appended = store.appendToStream(uniqueStream('client'), [newEvent('ClientRegistered', {})], { expectedRevision: 'no_stream' });
      await new Promise((resolve) => setTimeout(resolve, 100));
      // A synchronous wait in SQLite's busy handler would have stopped the timers for these 100 ms.
      expect(ticks).toBeGreaterThanOrEqual(5);
      other.exec('COMMIT');
      await expect(appended).resolves.toMatchObject({ nextExpectedRevision: 0 });
      clearInterval(ticking);
      expect(store.commitStats).toMatchObject({ commits: 1, lockWaits: 1 });
      expect(store.commitStats.lockWaitMs).toBeGreaterThan(0);
    } finally {
      other.close();
      await store.close();
    }
  });

  it("fails an append after busyTimeoutMs of another connection's write lock, writing nothing", async () => {
    const store = new SqliteEventStore({ path: file, busyTimeoutMs: 100 });
    const other = new DatabaseSync(file);
    try {
      other.exec('BEGIN IMMEDIATE');
      const stream = uniqueStream('client');
      await expect(store.appendToStream(stream, [newEvent('ClientRegistered', {})], { expectedRevision: 'no_stream' })).rejects.toThrow(/locked/);
      other.exec('ROLLBACK');
      expect(await store.readStream(stream)).toEqual([]);
    } finally {
      other.close();
      await store.close();
    }
  });

  it('close() writes appends still queued, ends live subscriptions, then refuses work', async () => {
    const store = new SqliteEventStore({ path: file, pollIntervalMs: 10_000 });
    const subscription = (async () => {
      const seen: string[] = [];
      for await (const event of store.subscribeToAll()) seen.push(event.streamId);
      return seen;
    })();
    await new Promise((resolve) => setTimeout(resolve, 20)); // let it catch up and wait
    const queued = store.appendToStream('client-2', [newEvent('ClientRegistered', {})], { expectedRevision: 'no_stream' });
    await store.close();
    await expect(queued).resolves.toMatchObject({ nextExpectedRevision: 0 });
    await expect(subscription).resolves.toEqual([]);
    await expect(store.readStream('client-2')).rejects.toBeInstanceOf(EventStoreClosedError);

    const reopened = new SqliteEventStore({ path: file });
    expect(await reopened.readStream('client-2')).toHaveLength(1);
    await reopened.close();
  });

  it('refuses an event id already stored in another stream', async () => {
    const store = new SqliteEventStore({ path: file });
    try {
      const event = newEvent('ClientRegistered', {});
      await store.appendToStream('client-3', [event], { expectedRevision: 'no_stream' });
      await expect(store.appendToStream('client-4', [event], { expectedRevision: 'no_stream' })).rejects.toThrow(
        /already stored in stream client-3/,
      );
      expect(await store.readStream('client-4')).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('rolls back a multi-event append that fails half-way, without failing the rest of its batch', async () => {
    const store = new SqliteEventStore({ path: file });
    try {
      const taken = newEvent('ClientRegistered', {});
      await store.appendToStream('client-5', [taken], { expectedRevision: 'no_stream' });
      const [halfWay, neighbour] = await Promise.allSettled([
        store.appendToStream('client-6', [newEvent('ClientRegistered', {}), taken], { expectedRevision: 'no_stream' }),
        store.appendToStream('client-7', [newEvent('ClientRegistered', {})], { expectedRevision: 'no_stream' }),
      ]);
      expect(halfWay).toMatchObject({ status: 'rejected', reason: { name: 'EventIdConflictError' } });
      expect(neighbour).toMatchObject({ status: 'fulfilled' });
      expect(await store.readStream('client-6')).toEqual([]);
      expect(await store.readStream('client-7')).toHaveLength(1);
    } finally {
      await store.close();
    }
  });

  it('wakes a waiting subscription as soon as this process commits (no poll delay)', async () => {
    const store = new SqliteEventStore({ path: file, pollIntervalMs: 60_000 });
    try {
      const controller = new AbortController();
      const first = (async () => {
        for await (const event of store.subscribeToAll({ signal: controller.signal })) return event.streamId;
        return undefined;
      })();
      await new Promise((resolve) => setTimeout(resolve, 50)); // caught up on nothing: waiting
      const appendedAt = Date.now();
      await store.appendToStream('client-8', [newEvent('ClientRegistered', {})], { expectedRevision: 'no_stream' });
      await expect(first).resolves.toBe('client-8');
      expect(Date.now() - appendedAt).toBeLessThan(1_000);
      controller.abort();
    } finally {
      await store.close();
    }
  });

  it('adds the audit-trail index to a file created before it existed, and the trail query uses it', async () => {
    // A file as the first version of the schema left it: the table and the category index only.
    mkdirSync(path.dirname(file), { recursive: true });
    const old = new DatabaseSync(file);
    old.exec(`
      CREATE TABLE events (
        position INTEGER PRIMARY KEY AUTOINCREMENT, stream_id TEXT NOT NULL, category TEXT NOT NULL,
        revision INTEGER NOT NULL, event_id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, data TEXT NOT NULL,
        metadata TEXT NOT NULL, UNIQUE (stream_id, revision));
      CREATE INDEX events_by_category ON events (category, position);`);
    const before = newEvent('ClientRegistered', { n: 0 }, 1, 'client-of-old-file');
    old
      .prepare('INSERT INTO events (stream_id, category, revision, event_id, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run('client-old', 'client', 0, before.metadata.eventId, before.type, JSON.stringify(before.data), JSON.stringify(before.metadata));
    old.close();

    // Opening it twice: the migration is idempotent.
    for (let round = 0; round < 2; round++) {
      const store = new SqliteEventStore({ path: file });
      expect((await store.readByClient('client-of-old-file')).map((e) => e.metadata.eventId)).toEqual([before.metadata.eventId]);
      await store.close();
    }
    const raw = new DatabaseSync(file);
    const indexes = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'").all();
    expect(indexes.map((row) => (row as { name: string }).name)).toEqual(expect.arrayContaining(['events_by_category', 'events_by_client']));
    const plan = raw
      .prepare(`EXPLAIN QUERY PLAN SELECT position, data, metadata FROM events WHERE ${CLIENT_ID_EXPRESSION} = ? AND position > ? ORDER BY position LIMIT ?`)
      .all('x', 0, 10)
      .map((row) => String((row as { detail: string }).detail));
    expect(plan.join(' | ')).toMatch(/USING (COVERING )?INDEX events_by_client/);
    raw.close();
  });
});
