import type { DatabaseSync } from 'node:sqlite';
import {
  noUpcasters,
  type AppendOptions,
  type AppendResult,
  type EventStore,
  type NewEvent,
  type ReadAllOptions,
  type ReadByClientOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type StreamSnapshot,
  type SubscribeOptions,
  type UpcasterRegistry,
} from '@career/event-sourcing';
import { EventStoreClosedError } from '../event-store.errors';
import { AppendNotifier } from './append-notifier';
import { GroupCommitter } from './group-commit';
import { prepareAppend } from './sqlite-append';
import { openEventDatabase } from './sqlite-schema';
import { rowToRecordedEvent, SqliteStatements, type EventRow } from './sqlite-statements';

export const DEFAULT_SQLITE_PATH = '.data/events.sqlite';

export interface SqliteEventStoreOptions {
  /** The database file, shared by every service process on the machine. */
  path?: string;
  /** Old schema versions are read as the current one (also in subscriptions). */
  upcasters?: UpcasterRegistry;
  /** How often a live subscription looks for appends made by OTHER processes (ms). */
  pollIntervalMs?: number;
  /** Events a subscription reads per page; it reads the next page only when consumed. */
  subscriptionPageSize?: number;
  /** How long to wait for another process's write lock before failing (ms). */
  busyTimeoutMs?: number;
}

/** SQLite's "no limit" for LIMIT clauses. */
const NO_LIMIT = -1;

/**
 * The embedded event store: one SQLite file in WAL mode, fsynced on every commit, shared by
 * several processes. Appends from concurrent callers are group-committed (see GroupCommitter).
 */
export class SqliteEventStore implements EventStore {
  private readonly db: DatabaseSync;
  private readonly statements: SqliteStatements;
  private readonly committer: GroupCommitter;
  private readonly notifier = new AppendNotifier();
  private readonly upcasters: UpcasterRegistry;
  private readonly pollIntervalMs: number;
  private readonly pageSize: number;
  private closed = false;

  constructor(options: SqliteEventStoreOptions = {}) {
    const busyTimeoutMs = options.busyTimeoutMs ?? 10_000;
    this.db = openEventDatabase(options.path ?? DEFAULT_SQLITE_PATH, { busyTimeoutMs });
    this.statements = new SqliteStatements(this.db);
    this.committer = new GroupCommitter(this.db, this.statements, () => this.notifier.notify(), busyTimeoutMs);
    this.upcasters = options.upcasters ?? noUpcasters;
    this.pollIntervalMs = options.pollIntervalMs ?? 150;
    this.pageSize = options.subscriptionPageSize ?? 500;
  }

  async appendToStream(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    this.assertOpen();
    return this.committer.enqueue(prepareAppend(streamId, events, options.expectedRevision, options.snapshot));
  }

  async readSnapshot(streamId: string): Promise<StreamSnapshot | undefined> {
    this.assertOpen();
    const row = this.statements.readSnapshot.get(streamId) as { revision: number; schema: string; state: string; owner: string } | undefined;
    return row ? { revision: row.revision, schema: row.schema, state: row.state, owner: JSON.parse(row.owner) as StreamSnapshot['owner'] } : undefined;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const limit = options.maxCount ?? NO_LIMIT;
    if (limit === 0) return [];
    const rows =
      options.direction === 'backwards'
        ? this.statements.readBackwards.all(streamId, options.fromRevision ?? Number.MAX_SAFE_INTEGER, limit)
        : this.statements.readForwards.all(streamId, options.fromRevision ?? 0, limit);
    return this.toEvents(rows);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    return this.readPage(options.after ?? 0, options.maxCount ?? NO_LIMIT, options.categories);
  }

  async readByClient(clientId: string, options: ReadByClientOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const limit = options.maxCount ?? NO_LIMIT;
    if (limit === 0) return [];
    return this.toEvents(this.statements.readByClient.all(clientId, options.after ?? 0, limit));
  }

  /**
   * Pull-based: reads one bounded page, yields its events one by one and reads the next page
   * only when the consumer asks for more, so a slow consumer simply reads more slowly. When
   * caught up it sleeps until this process commits or the poll interval passes (appends by
   * other processes). Ends quietly when `signal` aborts or the store is closed.
   */
  async *subscribeToAll(options: SubscribeOptions = {}): AsyncIterable<RecordedEvent> {
    const { signal, categories } = options;
    let after = options.after ?? 0;
    const stopped = (): boolean => this.closed || signal?.aborted === true;
    while (!stopped()) {
      const seenVersion = this.notifier.version;
      const page = this.readPage(after, this.pageSize, categories);
      for (const event of page) {
        yield event;
        after = event.globalPosition;
        if (stopped()) return;
      }
      const caughtUp = page.length < this.pageSize;
      if (caughtUp && this.notifier.version === seenVersion) {
        await this.notifier.wait(this.pollIntervalMs, signal);
      }
    }
  }

  /** Group-commit counters (write transactions, appends in them, waits for another process's lock), for tests and benchmarks. */
  get commitStats(): { commits: number; appends: number; lockWaits: number; lockWaitMs: number } {
    return this.committer.stats;
  }

  async ping(): Promise<void> {
    this.assertOpen();
    this.statements.ping.get();
  }

  /** Writes what is still queued, ends live subscriptions, then closes the file. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.committer.flush({ waitForLock: true });
    this.closed = true;
    this.notifier.notify();
    this.db.close();
  }

  private readPage(after: number, limit: number, categories?: readonly string[]): RecordedEvent[] {
    if (limit === 0) return [];
    // An empty category list means no filter (like an omitted one), never "nothing".
    const rows =
      categories && categories.length > 0
        ? this.statements.readAllInCategories(categories.length).all(after, ...categories, limit)
        : this.statements.readAll.all(after, limit);
    return this.toEvents(rows);
  }

  private toEvents(rows: unknown[]): RecordedEvent[] {
    return (rows as EventRow[]).map((row) => this.upcasters.upcast(rowToRecordedEvent(row)));
  }

  private assertOpen(): void {
    if (this.closed) throw new EventStoreClosedError();
  }
}
