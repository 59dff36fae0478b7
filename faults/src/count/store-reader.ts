import { DatabaseSync } from 'node:sqlite';

/** What the counts need of a stored event. */
export interface StoredEvent {
  position: number;
  streamId: string;
  category: string;
  revision: number;
  eventId: string;
  type: string;
  requestId?: string;
  causationId?: string;
  clientId: string;
  occurredAt: string;
  data: Record<string, unknown>;
}

/**
 * Reads the event store file directly (the audit log is the truth the counts start from): every
 * event of one organisation. A short-lived connection per read, SELECT only, so it holds no
 * snapshot that would keep the WAL from being checkpointed.
 */
export function readStoredEvents(storePath: string, organisation: string): StoredEvent[] {
  const db = new DatabaseSync(storePath, { readOnly: true });
  try {
    db.exec('PRAGMA busy_timeout = 10000');
    const rows = db
      .prepare(
        `SELECT position, stream_id, category, revision, event_id, type, data, metadata FROM events
          WHERE json_extract(metadata, '$.organisation') = ? ORDER BY position`,
      )
      .all(organisation) as Array<{ position: number; stream_id: string; category: string; revision: number; event_id: string; type: string; data: string; metadata: string }>;
    return rows.map((row) => {
      const metadata = JSON.parse(row.metadata) as { requestId?: string; causationId?: string; clientId: string; occurredAt: string };
      return {
        position: row.position,
        streamId: row.stream_id,
        category: row.category,
        revision: row.revision,
        eventId: row.event_id,
        type: row.type,
        requestId: metadata.requestId,
        causationId: metadata.causationId,
        clientId: metadata.clientId,
        occurredAt: metadata.occurredAt,
        data: JSON.parse(row.data) as Record<string, unknown>,
      };
    });
  } finally {
    db.close();
  }
}
