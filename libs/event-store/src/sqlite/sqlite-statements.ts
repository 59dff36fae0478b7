import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { EventMetadata, RecordedEvent } from '@career/event-sourcing';
import { CLIENT_ID_EXPRESSION } from './sqlite-schema';

/** A row of the events table as node:sqlite returns it. */
export interface EventRow {
  position: number;
  stream_id: string;
  revision: number;
  event_id: string;
  type: string;
  data: string;
  metadata: string;
}

export function rowToRecordedEvent(row: EventRow): RecordedEvent {
  return {
    streamId: row.stream_id,
    revision: row.revision,
    globalPosition: row.position,
    type: row.type,
    data: JSON.parse(row.data) as unknown,
    metadata: JSON.parse(row.metadata) as EventMetadata,
  };
}

const COLUMNS = 'position, stream_id, revision, event_id, type, data, metadata';

/** Prepared once per connection: parsing SQL on every append would cost more than the insert. */
export class SqliteStatements {
  readonly currentRevision: StatementSync;
  readonly findEventById: StatementSync;
  readonly eventIdsFrom: StatementSync;
  readonly insert: StatementSync;
  readonly readForwards: StatementSync;
  readonly readBackwards: StatementSync;
  readonly readAll: StatementSync;
  /** The audit trail: served by the expression index on the metadata's clientId. */
  readonly readByClient: StatementSync;
  readonly ping: StatementSync;
  readonly readSnapshot: StatementSync;
  /** Never replaces a snapshot of a later revision. */
  readonly writeSnapshot: StatementSync;
  /** `category IN (?, ?, …)` has one statement per number of categories. */
  private readonly readAllByCategories = new Map<number, StatementSync>();

  constructor(private readonly db: DatabaseSync) {
    this.currentRevision = db.prepare('SELECT MAX(revision) AS revision FROM events WHERE stream_id = ?');
    this.findEventById = db.prepare('SELECT stream_id, revision, position FROM events WHERE event_id = ?');
    this.eventIdsFrom = db.prepare(
      'SELECT event_id, revision, position FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision LIMIT ?',
    );
    this.insert = db.prepare(
      'INSERT INTO events (stream_id, category, revision, event_id, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.readForwards = db.prepare(
      `SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision ASC LIMIT ?`,
    );
    this.readBackwards = db.prepare(
      `SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`,
    );
    this.readAll = db.prepare(`SELECT ${COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`);
    this.readByClient = db.prepare(
      `SELECT ${COLUMNS} FROM events WHERE ${CLIENT_ID_EXPRESSION} = ? AND position > ? ORDER BY position LIMIT ?`,
    );
    this.ping = db.prepare('SELECT 1 AS ok');
    this.readSnapshot = db.prepare('SELECT revision, schema, state, owner FROM snapshots WHERE stream_id = ?');
    this.writeSnapshot = db.prepare(
      `INSERT INTO snapshots (stream_id, revision, schema, state, owner) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (stream_id) DO UPDATE SET revision = excluded.revision, schema = excluded.schema, state = excluded.state, owner = excluded.owner
       WHERE excluded.revision > snapshots.revision`,
    );
  }

  readAllInCategories(count: number): StatementSync {
    let statement = this.readAllByCategories.get(count);
    if (!statement) {
      const placeholders = Array.from({ length: count }, () => '?').join(', ');
      statement = this.db.prepare(
        `SELECT ${COLUMNS} FROM events WHERE position > ? AND category IN (${placeholders}) ORDER BY position LIMIT ?`,
      );
      this.readAllByCategories.set(count, statement);
    }
    return statement;
  }
}
