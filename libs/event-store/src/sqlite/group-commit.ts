import type { DatabaseSync } from 'node:sqlite';
import type { AppendResult } from '@career/event-sourcing';
import { appendInTransaction, type PreparedAppend } from './sqlite-append';
import { isBusy } from './sqlite-schema';
import type { SqliteStatements } from './sqlite-statements';

interface PendingAppend {
  append: PreparedAppend;
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

type Outcome = { ok: true; result: AppendResult } | { ok: false; error: unknown };

/**
 * Group commit: appends queued by concurrent callers are written in ONE
 * `BEGIN IMMEDIATE … COMMIT`, so they share one fsync of the WAL.
 *
 * node:sqlite is synchronous, so nothing can be collected while a commit runs. Instead the
 * flush is scheduled with setImmediate: callers woken by the previous commit run their
 * continuations (microtasks) and enqueue their next appends first, and all of them are then
 * written together. Each append runs inside its own SAVEPOINT, so one failing its
 * expected-revision check is rolled back alone and the rest of the batch still commits.
 *
 * While another process holds the file's write lock, BEGIN IMMEDIATE would wait inside SQLite's
 * busy handler, synchronously, stopping the whole event loop of this service (every request,
 * every subscriber) for as long as the other process writes and fsyncs. So the lock is tried
 * without waiting (busy_timeout 0 for that one statement) and, when it is taken, the batch
 * stays queued and is tried again a millisecond or two later from a timer: the event loop keeps
 * serving, and appends arriving meanwhile join the same commit. Only after `busyTimeoutMs` of
 * trying does the batch fail, as a synchronous wait would have.
 */
export class GroupCommitter {
  private queue: PendingAppend[] = [];
  private scheduled = false;
  private readonly counters = { commits: 0, appends: 0, lockWaits: 0, lockWaitMs: 0 };
  /** When the batch in hand first found the write lock taken; undefined while not waiting. */
  private waitingSince: number | undefined;

  constructor(
    private readonly db: DatabaseSync,
    private readonly statements: SqliteStatements,
    /** Called after each successful commit (wakes live subscriptions). */
    private readonly onCommitted: () => void,
    /** How long a batch keeps trying for another process's write lock before it fails. */
    private readonly busyTimeoutMs = 10_000,
  ) {}

  /**
   * Write transactions committed and appends they carried (appends/commits is the batching
   * factor); how often a batch found another process holding the write lock, and the time it
   * waited for it in all (without blocking the event loop).
   */
  get stats(): { commits: number; appends: number; lockWaits: number; lockWaitMs: number } {
    return { ...this.counters };
  }

  enqueue(append: PreparedAppend): Promise<AppendResult> {
    return new Promise<AppendResult>((resolve, reject) => {
      this.queue.push({ append, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /**
   * Writes everything queued so far. `waitForLock` (close() uses it, so no queued append is
   * lost) waits for another process's write lock synchronously instead of retrying later.
   */
  flush({ waitForLock = false } = {}): void {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;

    let outcomes: Outcome[];
    try {
      outcomes = this.writeBatch(batch, waitForLock);
    } catch (error) {
      if (error instanceof WriteLockTaken) {
        this.retryLater(batch);
        return;
      }
      // The transaction itself failed (lock timeout, disk full, I/O error): nothing was written.
      this.waitingSince = undefined;
      batch.forEach((item) => item.reject(error));
      return;
    }
    if (this.waitingSince !== undefined) {
      this.counters.lockWaitMs += Date.now() - this.waitingSince;
      this.waitingSince = undefined;
    }
    if (outcomes.some((outcome) => outcome.ok)) {
      this.counters.commits++;
      this.counters.appends += batch.length;
      this.onCommitted();
    }
    outcomes.forEach((outcome, i) =>
      outcome.ok ? batch[i].resolve(outcome.result) : batch[i].reject(outcome.error),
    );
  }

  /** Keeps the batch (ahead of what arrived since) and tries again shortly, unless it has tried for busyTimeoutMs. */
  private retryLater(batch: PendingAppend[]): void {
    const now = Date.now();
    if (this.waitingSince === undefined) {
      this.waitingSince = now;
      this.counters.lockWaits++;
    }
    if (now - this.waitingSince >= this.busyTimeoutMs) {
      this.waitingSince = undefined;
      const error = new Error(`database is locked: another process held the write lock for ${this.busyTimeoutMs} ms`);
      batch.forEach((item) => item.reject(error));
      return;
    }
    this.queue = [...batch, ...this.queue];
    if (!this.scheduled) {
      this.scheduled = true;
      setTimeout(() => this.flush(), 1);
    }
  }

  /** BEGIN IMMEDIATE without waiting in SQLite's busy handler: WriteLockTaken when another process holds the lock. */
  private begin(waitForLock: boolean): void {
    if (waitForLock) {
      this.db.exec('BEGIN IMMEDIATE');
      return;
    }
    this.db.exec('PRAGMA busy_timeout = 0');
    try {
      this.db.exec('BEGIN IMMEDIATE');
    } catch (error) {
      if (isBusy(error)) throw new WriteLockTaken();
      throw error;
    } finally {
      this.db.exec(`PRAGMA busy_timeout = ${this.busyTimeoutMs}`);
    }
  }

  private writeBatch(batch: readonly PendingAppend[], waitForLock: boolean): Outcome[] {
    this.begin(waitForLock);
    try {
      // A lone append needs no savepoint: if it fails, the whole (empty) transaction goes.
      const outcomes =
        batch.length === 1
          ? [this.appendAlone(batch[0].append)]
          : batch.map((item) => this.appendWithSavepoint(item.append));
      if (this.db.isTransaction) this.db.exec('COMMIT');
      return outcomes;
    } catch (error) {
      if (this.db.isTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  private appendAlone(append: PreparedAppend): Outcome {
    try {
      return { ok: true, result: appendInTransaction(this.statements, append) };
    } catch (error) {
      if (this.db.isTransaction) this.db.exec('ROLLBACK');
      return { ok: false, error };
    }
  }

  private appendWithSavepoint(append: PreparedAppend): Outcome {
    this.db.exec('SAVEPOINT append');
    try {
      const result = appendInTransaction(this.statements, append);
      this.db.exec('RELEASE append');
      return { ok: true, result };
    } catch (error) {
      this.db.exec('ROLLBACK TO append');
      this.db.exec('RELEASE append');
      return { ok: false, error };
    }
  }
}

class WriteLockTaken extends Error {
  override name = 'WriteLockTaken';
}
