import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { UpcasterRegistry, type RecordedEvent } from '@career/event-sourcing';
import { EVENTS_TABLE_DDL } from '../sqlite/sqlite-schema';
import { SqliteEventStore } from '../sqlite/sqlite-event-store';
import { newEvent, takeFromSubscription } from './contract-fixtures';

interface StoredRow {
  position: number;
  stream_id: string;
  category: string;
  revision: number;
  event_id: string;
  type: string;
  data: string;
  metadata: string;
}

const FIXTURES = path.join(__dirname, 'fixtures');
const storedRows = JSON.parse(readFileSync(path.join(FIXTURES, 'meeting-booked.stored-rows.json'), 'utf8')) as StoredRow[];
const current = JSON.parse(readFileSync(path.join(FIXTURES, 'meeting-booked.current.json'), 'utf8')) as { revision: number; schemaVersion: number; data: unknown }[];
const MEETING_STREAM = storedRows[0].stream_id;

/** One upcaster per step (v1 -> v2 -> v3), as a service would register them. */
const meetingUpcasters = () =>
  new UpcasterRegistry([
    {
      type: 'ContractMeetingBooked',
      fromVersion: 1,
      // v1 kept the local start time and a duration; v2 stores the UTC start and end.
      upcast: (data) => {
        const { startsAt, durationMinutes, ...rest } = data as { startsAt: string; durationMinutes: number };
        const start = new Date(startsAt);
        return { ...rest, start: start.toISOString(), end: new Date(start.getTime() + durationMinutes * 60_000).toISOString() };
      },
    },
    {
      type: 'ContractMeetingBooked',
      fromVersion: 2,
      // v3 added the meeting languages; every earlier meeting was held in Finnish.
      upcast: (data) => ({ ...(data as object), languages: ['fi'] }),
    },
  ]);

/** A SQLite file holding exactly the stored rows, written raw as an older version left them. */
function storeFileWithFixtures(dir: string): string {
  const file = path.join(dir, 'events.sqlite');
  const db = new DatabaseSync(file);
  db.exec(EVENTS_TABLE_DDL);
  const insert = db.prepare(
    'INSERT INTO events (position, stream_id, category, revision, event_id, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const r of storedRows) insert.run(r.position, r.stream_id, r.category, r.revision, r.event_id, r.type, r.data, r.metadata);
  db.close();
  return file;
}

const shape = (events: RecordedEvent[]) => events.map((e) => ({ revision: e.revision, schemaVersion: e.metadata.schemaVersion, data: e.data }));

// Upcasting against stored fixtures: events written at schema versions 1 and 2 are read as
// the current version 3 on every read path, while the stored rows stay exactly as written.
describe('upcasting stored events of older schema versions (sqlite)', () => {
  let dir: string;
  let file: string;
  let store: SqliteEventStore;

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'event-store-upcasting-'));
    file = storeFileWithFixtures(dir);
    store = new SqliteEventStore({ path: file, upcasters: meetingUpcasters(), pollIntervalMs: 50 });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads the fixture as stored when no upcaster is registered (it really is old data)', async () => {
    const plain = new SqliteEventStore({ path: file });
    const events = await plain.readStream(MEETING_STREAM);
    await plain.close();
    expect(events.map((e) => e.metadata.schemaVersion)).toEqual([1, 2, 3]);
    expect(events[0].data).toEqual({ meetingId: 'm-1', startsAt: '2025-03-04T10:00:00+02:00', durationMinutes: 45, mode: 'in-person' });
  });

  it('reads v1 and v2 events of a stream as v3, one step at a time, and leaves v3 as it is', async () => {
    expect(shape(await store.readStream(MEETING_STREAM))).toEqual(current);
  });

  it('keeps the rest of the envelope: ids, positions, audit metadata', async () => {
    const [first] = await store.readStream(MEETING_STREAM);
    const stored = JSON.parse(storedRows[0].metadata) as Record<string, unknown>;
    expect(first).toMatchObject({ streamId: MEETING_STREAM, revision: 0, globalPosition: 1, type: 'ContractMeetingBooked' });
    expect(first.metadata).toEqual({ ...stored, schemaVersion: 3 });
  });

  it('upcasts on readAll and in a catch-up subscription too, and leaves other types alone', async () => {
    const all = await store.readAll();
    expect(all.map((e) => e.globalPosition)).toEqual([1, 2, 3, 4]);
    expect(all[1]).toMatchObject({ type: 'ContractSomethingElse', data: { n: 1 }, metadata: { schemaVersion: 1 } });
    expect(shape(all.filter((e) => e.streamId === MEETING_STREAM))).toEqual(current);
    const subscribed = await takeFromSubscription(store, { categories: ['contractMeeting'] }, 3);
    expect(shape(subscribed)).toEqual(current);
  });

  it('never rewrites the stored rows (the log is append-only) and appends after them', async () => {
    await store.readStream(MEETING_STREAM);
    const next = newEvent('ContractMeetingBooked', { meetingId: 'm-4', start: '2026-02-02T08:00:00.000Z', end: '2026-02-02T09:00:00.000Z', mode: 'video', languages: ['en'] }, 3);
    await store.appendToStream(MEETING_STREAM, [next], { expectedRevision: 2 });

    const db = new DatabaseSync(file, { readOnly: true });
    const rows = db.prepare('SELECT position, stream_id, category, revision, event_id, type, data, metadata FROM events ORDER BY position').all();
    db.close();
    expect(rows.slice(0, storedRows.length).map((r) => ({ ...r }))).toEqual(storedRows);
    expect(rows).toHaveLength(storedRows.length + 1);
  });
});
