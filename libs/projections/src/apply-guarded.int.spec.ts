import { Schema, type Connection, type Model } from 'mongoose';
import { applyGuarded, applyOnce } from './apply-guarded';
import { dropTestDatabase, openTestDatabase } from '@career/platform/testing';

interface Counter {
  _id: string;
  revision?: number;
  value?: string;
  count: number;
}

/** A document fed by several sources: one guard per source stream (see README). */
interface Participant {
  _id: string;
  revisions: Map<string, number>;
  appliedEventIds: string[];
  language?: string;
  meetings: number;
}

jest.setTimeout(30_000);

describe('idempotent apply (real MongoDB-compatible server)', () => {
  let connection: Connection;
  let counters: Model<Counter>;
  let participants: Model<Participant>;

  beforeAll(async () => {
    connection = await openTestDatabase('guards');
    counters = connection.model<Counter>(
      'Counter',
      new Schema<Counter>({ _id: String, revision: Number, value: String, count: { type: Number, default: 0 } }, { versionKey: false }),
    );
    participants = connection.model<Participant>(
      'Participant',
      new Schema<Participant>(
        {
          _id: String,
          revisions: { type: Map, of: Number },
          appliedEventIds: [String],
          language: String,
          meetings: { type: Number, default: 0 },
        },
        { versionKey: false },
      ),
    );
  });
  afterAll(async () => connection && dropTestDatabase(connection));

  it('applies new revisions and ignores a replayed one', async () => {
    expect(await applyGuarded(counters, 'a', { key: 'revision', value: 0 }, { $set: { value: 'first' }, $inc: { count: 1 } })).toBe(true);
    expect(await applyGuarded(counters, 'a', { key: 'revision', value: 1 }, { $set: { value: 'second' }, $inc: { count: 1 } })).toBe(true);
    const before = await counters.findById('a').lean();

    expect(await applyGuarded(counters, 'a', { key: 'revision', value: 0 }, { $set: { value: 'first' }, $inc: { count: 1 } })).toBe(false);
    expect(await applyGuarded(counters, 'a', { key: 'revision', value: 1 }, { $set: { value: 'second' }, $inc: { count: 1 } })).toBe(false);
    expect(await counters.findById('a').lean()).toEqual(before);
    expect(before).toEqual({ _id: 'a', revision: 1, value: 'second', count: 2 });
  });

  it('counts a concurrent duplicate apply once, on a new and on an existing document', async () => {
    const duplicates = (revision: number) =>
      Promise.all(Array.from({ length: 12 }, () => applyGuarded(counters, 'b', { key: 'revision', value: revision }, { $inc: { count: 1 } })));
    expect((await duplicates(0)).filter(Boolean)).toHaveLength(1); // racing upserts
    expect((await duplicates(1)).filter(Boolean)).toHaveLength(1); // racing updates
    expect(await counters.findById('b').lean()).toEqual({ _id: 'b', revision: 1, count: 2 });
  });

  it('keeps concurrent different updates of one document (none lost)', async () => {
    await Promise.all(
      Array.from({ length: 10 }, (_, source) =>
        applyGuarded(participants, 'participant-busy', { key: `revisions.source${source}`, value: 0 }, { $inc: { meetings: 1 } }),
      ),
    );
    expect((await participants.findById('participant-busy').lean())?.meetings).toBe(10);
  });

  it('counts a duplicate once when two instances (connections) apply it at the same time', async () => {
    const other = await openTestDatabase('unused');
    try {
      // Same database through a second connection: what a second service instance would do.
      const otherCounters = other.useDb(connection.name).model<Counter>('Counter', counters.schema);
      await applyGuarded(counters, 'd', { key: 'revision', value: 0 }, { $inc: { count: 1 } });
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          applyGuarded(i % 2 ? counters : otherCounters, 'd', { key: 'revision', value: 1 }, { $inc: { count: 1 } }),
        ),
      );
      // The document is exact; on FerretDB 1.x both instances may report "applied" (see README).
      expect(results.filter(Boolean).length).toBeGreaterThanOrEqual(1);
      expect(await counters.findById('d').lean()).toEqual({ _id: 'd', revision: 1, count: 2 });
    } finally {
      await dropTestDatabase(other);
    }
  });

  it('fails loudly when the guard key is not in the schema', async () => {
    await expect(applyGuarded(counters, 'c', { key: 'revison', value: 0 }, { $inc: { count: 1 } })).rejects.toThrow(/revison/);
  });

  it('keeps one guard per source stream in a document fed by several streams', async () => {
    const id = 'participant-1';
    const fromIntake = (revision: number, update: object) =>
      applyGuarded(participants, id, { key: 'revisions.client-1', value: revision }, update);
    const fromScheduling = (revision: number, update: object) =>
      applyGuarded(participants, id, { key: 'revisions.guidanceProcess-9', value: revision }, update);

    expect(await fromIntake(0, { $set: { language: 'fi' } })).toBe(true);
    expect(await fromScheduling(0, { $inc: { meetings: 1 } })).toBe(true);
    expect(await fromScheduling(1, { $inc: { meetings: 1 } })).toBe(true);
    expect(await fromIntake(0, { $set: { language: 'fi' } })).toBe(false);
    expect(await fromScheduling(1, { $inc: { meetings: 1 } })).toBe(false);
    expect(await fromIntake(1, { $set: { language: 'sv' } })).toBe(true);

    const doc = await participants.findById(id).lean();
    expect(doc).toMatchObject({ language: 'sv', meetings: 2, revisions: { 'client-1': 1, 'guidanceProcess-9': 1 } });
  });

  it('applies an event id once, also under concurrency', async () => {
    const id = 'participant-2';
    expect(await applyOnce(participants, id, 'event-1', { $inc: { meetings: 1 } })).toBe(true);
    expect(await applyOnce(participants, id, 'event-1', { $inc: { meetings: 1 } })).toBe(false);
    const results = await Promise.all(
      Array.from({ length: 8 }, () => applyOnce(participants, id, 'event-2', { $inc: { meetings: 1 } })),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    const doc = await participants.findById(id).lean();
    expect(doc).toMatchObject({ meetings: 2, appliedEventIds: ['event-1', 'event-2'] });
  });

  it('keeps only the most recent event ids', async () => {
    const id = 'participant-3';
    for (const eventId of ['e1', 'e2', 'e3', 'e4']) {
      await applyOnce(participants, id, eventId, { $inc: { meetings: 1 } }, { keep: 2 });
    }
    expect((await participants.findById(id).lean())?.appliedEventIds).toEqual(['e3', 'e4']);
  });
});
