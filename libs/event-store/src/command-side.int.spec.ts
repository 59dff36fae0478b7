import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  CommandSide,
  ConcurrencyRetriesExhaustedError,
  defineAggregate,
  DomainError,
  SYSTEM_ACCESS,
  WrongExpectedRevisionError,
  type CommandSideContext,
  type Decider,
  type DomainEvent,
  type EventCodec,
  type EventStore,
  oneKeyPerClient,
} from '@career/event-sourcing';
import { InMemoryDataKeyStore, PersonalDataCipher, personalDataCodec } from '@career/privacy';
import { SqliteEventStore } from './sqlite/sqlite-event-store';

// The bound command side of @career/event-sourcing against a real SQLite store: the rule
// "at most `capacity` seats" must hold when many commands race on one stream, another
// organisation's record is 404 before any revision check, and one command reads once.
type SeatTaken = DomainEvent<'SeatTaken', { seat: number; by: string; note: string }>;
type TakeSeat = { type: 'TakeSeat'; by: string; note?: string };
const capacity = 5;
const seats: Decider<number, TakeSeat, SeatTaken> = {
  initialState: () => 0,
  evolve: (taken) => taken + 1,
  decide(command, taken) {
    if (taken >= capacity) throw new DomainError('SEATS.FULL', 'no seats left');
    return [{ type: 'SeatTaken', data: { seat: taken + 1, by: command.by, note: command.note ?? '' } }];
  },
};
const notFound = () => new DomainError('ROOM.NOT_FOUND', 'No such room.', {}, 'not-found');
const room = defineAggregate({ category: 'room', decider: seats, schemaVersions: { SeatTaken: 2 }, notFound, clientIdOf: () => CLIENT });
const CLIENT = '6f1c1d56-0000-4000-8000-000000000001';

const context = (by: string, organisation = 'ORG1'): CommandSideContext => ({
  actor: { id: by, role: 'advisor' },
  organisation,
  correlationId: `corr-${by}`,
  causationId: `cause-${by}`,
  now: new Date('2026-11-28T10:00:00Z'),
});
const staff = (by: string, organisation = 'ORG1') => ({ context: context(by, organisation), access: { organisation } });
const take = (by: string, note?: string): TakeSeat => ({ type: 'TakeSeat', by, ...(note ? { note } : {}) });

/** Reverses `note` on the way in and out: stands in for encryption, visibly. */
const reversingCodec: EventCodec<SeatTaken> = {
  encode: (event) => ({ type: event.type, data: { ...(event.data as SeatTaken['data']), note: [...(event.data as SeatTaken['data']).note].reverse().join('') } }),
  decode: (event) => ({ type: event.type as 'SeatTaken', data: { ...(event.data as SeatTaken['data']), note: [...(event.data as SeatTaken['data']).note].reverse().join('') } }),
};

/** Counts stream reads on the real store: the cost the command side promises. */
function countingReads(store: EventStore): { store: EventStore; reads: () => number } {
  let reads = 0;
  const counted = Object.create(store) as EventStore;
  counted.readStream = (...args) => {
    reads++;
    return store.readStream(...args);
  };
  return { store: counted, reads: () => reads };
}

describe('CommandSide on the sqlite store', () => {
  let dir: string;
  let store: SqliteEventStore;
  let rooms: CommandSide<number, TakeSeat, SeatTaken>;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'command-side-'));
    store = new SqliteEventStore({ path: path.join(dir, 'events.sqlite') });
    rooms = new CommandSide(room, store);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the rule under 12 racing commands: exactly `capacity` succeed, the rest are refused', async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) => rooms.handle('1', take(`u${i}`), { ...staff(`u${i}`), maxAttempts: 20 })),
    );
    const succeeded = outcomes.filter((o) => o.status === 'fulfilled');
    const refused = outcomes.filter((o) => o.status === 'rejected' && (o.reason as DomainError).code === 'SEATS.FULL');
    expect(succeeded).toHaveLength(capacity);
    expect(refused).toHaveLength(12 - capacity);
    const stream = await store.readStream('room-1');
    expect(stream.map((e) => (e.data as SeatTaken['data']).seat)).toEqual([1, 2, 3, 4, 5]);
    expect(stream.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4]);
  });

  it('writes the envelope: actor, organisation, client, correlation, causation, schema version, time', async () => {
    await rooms.handle('2', take('a'), staff('a'));
    const [event] = await store.readStream('room-2');
    expect(event.metadata).toMatchObject({
      schemaVersion: 2,
      occurredAt: '2026-11-28T10:00:00.000Z',
      actor: { id: 'a', role: 'advisor' },
      organisation: 'ORG1',
      clientId: CLIENT,
      correlationId: 'corr-a',
      causationId: 'cause-a',
    });
    expect(event.metadata.eventId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a stale If-Match revision without retrying', async () => {
    await rooms.handle('3', take('a'), staff('a'));
    await rooms.handle('3', take('b'), staff('b'));
    await expect(rooms.handle('3', take('c'), { ...staff('c'), expectedRevision: 0 })).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect(await store.readStream('room-3')).toHaveLength(2);
    const fresh = await rooms.handle('3', take('c'), { ...staff('c'), expectedRevision: 1 });
    expect(fresh.revision).toBe(2);
  });

  it("answers another organisation's record exactly like a missing one, before any revision check", async () => {
    await rooms.handle('4', take('a'), staff('a'));
    for (const expectedRevision of [undefined, 0, 7]) {
      await expect(rooms.handle('4', take('x'), { ...staff('x', 'ORG2'), ...(expectedRevision !== undefined && { expectedRevision }) })).rejects.toMatchObject({
        code: 'ROOM.NOT_FOUND',
      });
    }
    await expect(rooms.handle('missing', take('x'), { ...staff('x'), expectedRevision: 3 })).rejects.toMatchObject({ code: 'ROOM.NOT_FOUND' });
    await expect(rooms.load('4', { organisation: 'ORG2' })).rejects.toMatchObject({ code: 'ROOM.NOT_FOUND' });
    await expect(rooms.load('4', { clientId: 'someone-else' })).rejects.toMatchObject({ code: 'ROOM.NOT_FOUND' });
    expect(await rooms.owner('4', { organisation: 'ORG2' })).toBeUndefined();
    expect(await rooms.owner('4', { organisation: 'ORG1', clientId: CLIENT })).toEqual({ clientId: CLIENT, organisation: 'ORG1' });
    expect(await store.readStream('room-4')).toHaveLength(1);
  });

  it('gives up after the bounded number of attempts when it keeps losing the race', async () => {
    const outcomes = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => rooms.handle('5', take(`r${i}`), { ...staff(`r${i}`), maxAttempts: 1 })));
    const exhausted = outcomes.filter((o) => o.status === 'rejected' && o.reason instanceof ConcurrencyRetriesExhaustedError);
    const succeeded = outcomes.filter((o) => o.status === 'fulfilled');
    expect(succeeded.length + exhausted.length).toBe(8);
    expect(succeeded.length).toBeGreaterThanOrEqual(1);
    expect(await store.readStream('room-5')).toHaveLength(succeeded.length);
  });

  it('reads the stream once and decides once per command, and wraps the append once', async () => {
    const counted = countingReads(store);
    let decisions = 0;
    const counting = defineAggregate({ ...room, decider: { ...seats, decide: (c: TakeSeat, s: number) => (decisions++, seats.decide(c, s)) } });
    const side = new CommandSide(counting, counted.store);
    await side.handle('6', take('a'), staff('a'));
    const wrapped: number[] = [];
    const result = await side.handle('6', take('b'), {
      ...staff('b'),
      aroundAppend: async (decision, append) => {
        wrapped.push(decision.revision);
        expect(decision.newEvents).toEqual([{ type: 'SeatTaken', data: { seat: 2, by: 'b', note: '' } }]);
        return append();
      },
    });
    expect(counted.reads()).toBe(2);
    expect(decisions).toBe(2);
    expect(wrapped).toEqual([0]);
    expect(result).toMatchObject({ revision: 1, state: 2, clientId: CLIENT });
  });

  it('leaves the stream unchanged when aroundAppend refuses, and retries it on a conflict', async () => {
    await expect(
      rooms.handle('7', take('a'), { ...staff('a'), aroundAppend: async () => Promise.reject(new DomainError('SLOT.TAKEN', 'taken')) }),
    ).rejects.toMatchObject({ code: 'SLOT.TAKEN' });
    expect(await store.readStream('room-7')).toHaveLength(0);
    // A competing writer lands between the decision and the append: the command decides again.
    let first = true;
    const result = await rooms.handle('7', take('b'), {
      ...staff('b'),
      aroundAppend: async (_decision, append) => {
        if (first) {
          first = false;
          await rooms.handle('7', take('intruder'), staff('intruder'));
        }
        return append();
      },
    });
    expect(result.state).toBe(2);
    expect((await store.readStream('room-7')).map((e) => (e.data as SeatTaken['data']).by)).toEqual(['intruder', 'b']);
  });

  it('encodes on the way in and decodes on load; standing folds without decoding', async () => {
    const coded = new CommandSide(room, store, reversingCodec);
    await coded.handle('8', take('a', 'secret'), staff('a'));
    const [stored] = await store.readStream('room-8');
    expect((stored.data as SeatTaken['data']).note).toBe('terces');
    const loaded = await coded.load('8', { organisation: 'ORG1' });
    expect(loaded.events.map((e) => e.data.note)).toEqual(['secret']);
    expect(loaded).toMatchObject({ state: 1, revision: 0, clientId: CLIENT, organisation: 'ORG1' });
    expect(await coded.standing('8')).toMatchObject({ state: 1, revision: 0 });
    expect(await coded.standing('8', { organisation: 'ORG2' })).toBeUndefined();
    expect(await coded.standing('nothing', SYSTEM_ACCESS)).toBeUndefined();
  });

  it("turns the codec's destroyed-key error into the aggregate's own refusal", async () => {
    const destroyedKey = Object.assign(new Error('the data key was destroyed'), { code: 'PRIVACY.DATA_KEY_DESTROYED' });
    const shredded = defineAggregate({ ...room, personalDataDestroyed: () => new DomainError('ROOM.DATA_DESTROYED', 'destroyed') });
    const side = new CommandSide(shredded, store, { ...reversingCodec, encode: () => Promise.reject(destroyedKey) });
    await expect(side.handle('9', take('a'), staff('a'))).rejects.toMatchObject({ code: 'ROOM.DATA_DESTROYED' });
    await expect(new CommandSide(room, store, { ...reversingCodec, encode: () => Promise.reject(destroyedKey) }).handle('9', take('a'), staff('a'))).rejects.toBe(destroyedKey);
  });
});

// Snapshots: a command on a long stream folds the stored state and the events after it.
type Noted = DomainEvent<'Noted', { note: string }>;
type Note = { type: 'Note'; note: string };
const notes: Decider<{ count: number; last?: string }, Note, Noted> = {
  initialState: () => ({ count: 0 }),
  evolve: (state, event) => ({ count: state.count + 1, last: event.data.note }),
  decide: (command) => [{ type: 'Noted', data: { note: command.note } }],
};
const NOTES_CLIENT = '6f1c1d56-0000-4000-8000-000000000002';
const notebook = defineAggregate({
  category: 'notebook',
  decider: notes,
  notFound,
  clientIdOf: () => NOTES_CLIENT,
  snapshotEvery: 5,
  personalData: oneKeyPerClient({ Noted: ['note'] }),
});

/** Records the options of every stream read on the real store. */
function recordingReads(store: EventStore): { store: EventStore; reads: Array<{ fromRevision?: number } | undefined> } {
  const reads: Array<{ fromRevision?: number } | undefined> = [];
  const recorded = Object.create(store) as EventStore;
  recorded.readStream = (streamId, options) => {
    reads.push(options);
    return store.readStream(streamId, options);
  };
  return { store: recorded, reads };
}

describe('CommandSide snapshots on the sqlite store', () => {
  let dir: string;
  let store: SqliteEventStore;
  let keys: InMemoryDataKeyStore;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'command-side-snapshots-'));
    store = new SqliteEventStore({ path: path.join(dir, 'events.sqlite') });
    keys = new InMemoryDataKeyStore();
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const sideOn = (on: EventStore) => new CommandSide(notebook, on, personalDataCodec(new PersonalDataCipher(keys), notebook.personalData));

  it('folds a long stream from its latest snapshot: reads only the events after it, and decides on the same state', async () => {
    const side = sideOn(store);
    for (let i = 0; i < 23; i++) await side.handle('1', { type: 'Note', note: `muistiinpano ${i}` }, staff(`u${i}`));
    // Snapshots at revisions 4, 9, 14 and 19 (every 5 events).
    expect(await store.readSnapshot('notebook-1')).toMatchObject({ revision: 19, schema: notebook.snapshotSchema, owner: { organisation: 'ORG1', clientId: NOTES_CLIENT } });

    const recording = recordingReads(store);
    const result = await sideOn(recording.store).handle('1', { type: 'Note', note: 'viimeinen' }, staff('last'));
    expect(recording.reads).toEqual([{ fromRevision: 20 }]);
    expect(result).toMatchObject({ revision: 23, state: { count: 24, last: 'viimeinen' } });
    expect((await side.load('1', { organisation: 'ORG1' })).state).toEqual(result.state);
    // Another organisation's record is still 404, before any revision check, without reading its first event.
    await expect(side.handle('1', { type: 'Note', note: 'x' }, { ...staff('other', 'ORG2'), expectedRevision: 3 })).rejects.toMatchObject({ code: 'ROOM.NOT_FOUND' });
  });

  it('seals the snapshot under the client key (no plaintext), and folds the whole stream once the key is destroyed', async () => {
    const side = sideOn(store);
    for (let i = 0; i < 6; i++) await side.handle('2', { type: 'Note', note: `salainen ${i}` }, staff('a'));
    const snapshot = await store.readSnapshot('notebook-2');
    expect(snapshot?.state).not.toContain('salainen');

    await keys.destroy(NOTES_CLIENT);
    const recording = recordingReads(store);
    const { state } = await sideOn(recording.store).load('2', { organisation: 'ORG1' }).then((loaded) => loaded);
    expect(state).toMatchObject({ count: 6, last: { $erased: true } });
    // The snapshot cannot be opened: the command reads the stream from its start.
    await expect(sideOn(recording.store).handle('2', { type: 'Note', note: 'uusi' }, staff('a'))).rejects.toMatchObject({ code: 'PRIVACY.DATA_KEY_DESTROYED' });
    expect(recording.reads.at(-1)).toBeUndefined();
  });

  it('ignores a snapshot of another state schema', async () => {
    const side = sideOn(store);
    for (let i = 0; i < 5; i++) await side.handle('3', { type: 'Note', note: `n${i}` }, staff('a'));
    const changed = defineAggregate({ ...notebook, stateVersion: 2 });
    expect(changed.snapshotSchema).not.toBe(notebook.snapshotSchema);
    const recording = recordingReads(store);
    const other = new CommandSide(changed, recording.store, personalDataCodec(new PersonalDataCipher(keys), changed.personalData));
    expect((await other.handle('3', { type: 'Note', note: 'n5' }, staff('a'))).state).toMatchObject({ count: 6 });
    expect(recording.reads).toEqual([undefined]);
  });
});
