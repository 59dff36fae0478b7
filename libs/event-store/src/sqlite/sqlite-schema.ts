import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/**
 * The client an event concerns, read from its metadata. Queries must spell it exactly like
 * this for SQLite to use the expression index `events_by_client` (the audit trail).
 */
export const CLIENT_ID_EXPRESSION = "json_extract(metadata, '$.clientId')";

/**
 * One append-only table, and beside it the latest snapshot of each stream (a cache of a folded
 * state, sealed by the command side: never plaintext personal data). `position` is the global log position: AUTOINCREMENT never reuses a
 * value, and SQLite serialises writers, so positions become visible to readers in increasing
 * order (a reader can never see position n+1 before n has committed).
 *
 * Every statement is `IF NOT EXISTS`, so opening a file written by an older version adds what
 * it lacks (e.g. the `events_by_client` index, built once from the rows already there) and
 * leaves everything else as it was.
 */
export const EVENTS_TABLE_DDL = `
CREATE TABLE IF NOT EXISTS events (
  position  INTEGER PRIMARY KEY AUTOINCREMENT,
  stream_id TEXT    NOT NULL,
  category  TEXT    NOT NULL,
  revision  INTEGER NOT NULL,
  event_id  TEXT    NOT NULL UNIQUE,
  type      TEXT    NOT NULL,
  data      TEXT    NOT NULL,
  metadata  TEXT    NOT NULL,
  UNIQUE (stream_id, revision)
);
CREATE INDEX IF NOT EXISTS events_by_category ON events (category, position);
CREATE INDEX IF NOT EXISTS events_by_client ON events (${CLIENT_ID_EXPRESSION}, position);
CREATE TABLE IF NOT EXISTS snapshots (
  stream_id TEXT    PRIMARY KEY,
  revision  INTEGER NOT NULL,
  schema    TEXT    NOT NULL,
  state     TEXT    NOT NULL,
  owner     TEXT    NOT NULL
);
`;

export interface DurabilityOptions {
  /** How long a writer waits for another process's write lock before failing (ms). */
  busyTimeoutMs: number;
}

/**
 * WAL lets readers run while one writer commits; synchronous=FULL fsyncs the WAL on every
 * commit, so an acknowledged append survives a power cut. busy_timeout is set first so the
 * other pragmas and the schema creation wait for another process instead of failing.
 */
export function applyDurablePragmas(db: DatabaseSync, { busyTimeoutMs }: DurabilityOptions): void {
  db.exec(`PRAGMA busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
  // Switching a new file to WAL while another process does the same can fail with
  // SQLITE_BUSY without SQLite calling the busy handler (seen when several services start
  // together on one file): retry it within the same time budget.
  retryWhileBusy(() => db.exec('PRAGMA journal_mode = WAL'), busyTimeoutMs);
  db.exec('PRAGMA synchronous = FULL');
  db.exec('PRAGMA foreign_keys = ON');
}

/** Opens (creating parent folders and the schema when missing) a store file shared by processes. */
export function openEventDatabase(file: string, options: DurabilityOptions): DatabaseSync {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new DatabaseSync(file);
  try {
    applyDurablePragmas(db, options);
    // IMMEDIATE takes the write lock up front: two processes starting together create it once.
    retryWhileBusy(() => {
      db.exec('BEGIN IMMEDIATE');
      try {
        db.exec(EVENTS_TABLE_DDL);
        db.exec('COMMIT');
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      }
    }, options.busyTimeoutMs);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** SQLITE_BUSY (5) or SQLITE_LOCKED (6): another connection holds the lock. */
export function isBusy(error: unknown): boolean {
  const code = (error as { errcode?: number }).errcode;
  return code === 5 || code === 6 || /database is locked/.test(String((error as Error)?.message));
}

/** Runs `step` again after short synchronous pauses while SQLite reports the file busy (start-up only). */
export function retryWhileBusy(step: () => void, budgetMs: number): void {
  const deadline = Date.now() + Math.max(budgetMs, 1_000);
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let attempt = 0; ; attempt++) {
    try {
      step();
      return;
    } catch (error) {
      if (!isBusy(error) || Date.now() >= deadline) throw error;
      Atomics.wait(pause, 0, 0, Math.min(100, 5 * 2 ** attempt));
    }
  }
}
