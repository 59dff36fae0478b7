import type { DatabaseSync } from 'node:sqlite';
import type { AppendResult } from '@career/event-sourcing';
import { appendInTransaction, type PreparedAppend } from './sqlite-append';
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
 * While another process holds the file's write lock, BEGIN IMMEDIATE waits (busy_timeout)
 * synchronously; write transactions here are short, so that wait is short too.
 */
export class GroupCommitter {
  private queue: PendingAppend[] = [];
  private scheduled = false;
  private readonly counters = { commits: 0, appends: 0 };

  constructor(
    private readonly db: DatabaseSync,
    private readonly statements: SqliteStatements,
    /** Called after each successful commit (wakes live subscriptions). */
    private readonly onCommitted: () => void,
  ) {}

  /** Write transactions committed and appends they carried: appends/commits is the batching factor. */
  get stats(): { commits: number; appends: number } {
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

  /** Writes everything queued so far; also called by close() so no queued append is lost. */
  flush(): void {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;

    let outcomes: Outcome[];
    try {
      outcomes = this.writeBatch(batch);
    } catch (error) {
      // The transaction itself failed (lock timeout, disk full, I/O error): nothing was written.
      batch.forEach((item) => item.reject(error));
      return;
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

  private writeBatch(batch: readonly PendingAppend[]): Outcome[] {
    this.db.exec('BEGIN IMMEDIATE');
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
