import {
  UpcasterRegistry,
  WrongExpectedRevisionError,
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  type RecordedEvent,
} from '@career/event-sourcing';
import { randomUUID } from 'node:crypto';
import {
  isStrictlyIncreasing,
  newEvent,
  readUntil,
  takeFromSubscription,
  uniqueCategory,
  uniqueStream,
} from './contract-fixtures';

export interface ContractStoreOptions {
  /** The store must apply these on every read (readStream, readAll, subscribeToAll). */
  upcasters?: UpcasterRegistry;
}

export type ContractStoreFactory = (
  options?: ContractStoreOptions,
) => Promise<{ store: EventStore; cleanup(): Promise<void> }>;

const WRITERS = 16;
const TEST_TIMEOUT_MS = 60_000;

/** v1 of the contract's upcast example stored one `name`; v2 splits it. */
const contractUpcasters = (): UpcasterRegistry =>
  new UpcasterRegistry([
    {
      type: 'ContractPersonNamed',
      fromVersion: 1,
      upcast: (data) => {
        const [first, ...rest] = String((data as { name: string }).name).split(' ');
        return { firstName: first, lastName: rest.join(' ') };
      },
    },
  ]);

async function expectWrongRevision(
  attempt: Promise<AppendResult>,
  expected: ExpectedRevision,
  actual: number,
): Promise<void> {
  const error = await attempt.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WrongExpectedRevisionError);
  expect(error).toMatchObject({ expected, actual });
}

const ids = (events: ReadonlyArray<{ metadata: { eventId: string } }>): string[] => events.map((e) => e.metadata.eventId);

/**
 * The behaviour every EventStore adapter must show. Each adapter's int spec calls this with a
 * factory that opens a store (and an optional upcaster registry) on real infrastructure.
 */
export function describeEventStoreContract(name: string, factory: ContractStoreFactory): void {
  describe(`EventStore contract: ${name}`, () => {
    let store: EventStore;
    let cleanup: () => Promise<void>;

    beforeEach(async () => {
      ({ store, cleanup } = await factory({ upcasters: contractUpcasters() }));
    });
    afterEach(async () => {
      await cleanup();
    });

    it('answers ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });

    it('stores the envelope as given and reads a stream forwards', async () => {
      const streamId = uniqueStream(uniqueCategory());
      const written = [newEvent('ContractThingHappened', { n: 0, nested: { ok: true } }), newEvent('ContractThingHappened', { n: 1 })];
      const result = await store.appendToStream(streamId, written, { expectedRevision: 'no_stream' });

      const read = await store.readStream(streamId);
      expect(read.map((e) => ({ streamId: e.streamId, revision: e.revision, type: e.type, data: e.data, metadata: e.metadata }))).toEqual(
        written.map((e, revision) => ({ streamId, revision, type: e.type, data: e.data, metadata: e.metadata })),
      );
      expect(isStrictlyIncreasing(read.map((e) => e.globalPosition))).toBe(true);
      expect(result).toEqual({ nextExpectedRevision: 1, position: read[1].globalPosition });
    });

    it('keeps the latest snapshot beside the stream, written only with a successful append', async () => {
      const streamId = uniqueStream(uniqueCategory());
      const owner = { organisation: 'ORG1', clientId: randomUUID() };
      const snapshotAt = (revision: number) => ({ revision, schema: 'contract/v1/x', state: JSON.stringify({ folded: revision }), owner });
      await expect(store.readSnapshot(streamId)).resolves.toBeUndefined();
      await store.appendToStream(streamId, [newEvent('ContractThingHappened', { n: 0 }), newEvent('ContractThingHappened', { n: 1 })], {
        expectedRevision: 'no_stream',
        snapshot: snapshotAt(1),
      });
      expect(await store.readSnapshot(streamId)).toEqual(snapshotAt(1));
      // A refused append stores no snapshot.
      await expect(store.appendToStream(streamId, [newEvent('ContractThingHappened', { n: 2 })], { expectedRevision: 0, snapshot: snapshotAt(2) })).rejects.toBeInstanceOf(
        WrongExpectedRevisionError,
      );
      expect(await store.readSnapshot(streamId)).toEqual(snapshotAt(1));
      await store.appendToStream(streamId, [newEvent('ContractThingHappened', { n: 2 })], { expectedRevision: 1, snapshot: snapshotAt(2) });
      expect(await store.readSnapshot(streamId)).toEqual(snapshotAt(2));
      // Snapshots are no events: the stream holds only what was appended.
      expect((await store.readStream(streamId)).map((e) => e.revision)).toEqual([0, 1, 2]);
    });

    it('reads a stream forwards and backwards from a revision with maxCount', async () => {
      const streamId = uniqueStream(uniqueCategory());
      const written = Array.from({ length: 6 }, (_, n) => newEvent('ContractThingHappened', { n }));
      await store.appendToStream(streamId, written, { expectedRevision: 'no_stream' });

      const forwards = await store.readStream(streamId, { fromRevision: 2, maxCount: 3 });
      expect(forwards.map((e) => e.revision)).toEqual([2, 3, 4]);
      const backwards = await store.readStream(streamId, { direction: 'backwards' });
      expect(backwards.map((e) => e.revision)).toEqual([5, 4, 3, 2, 1, 0]);
      const backwardsFrom = await store.readStream(streamId, { direction: 'backwards', fromRevision: 3, maxCount: 2 });
      expect(backwardsFrom.map((e) => e.revision)).toEqual([3, 2]);
      expect(ids(backwardsFrom)).toEqual([written[3].metadata.eventId, written[2].metadata.eventId]);
      await expect(store.readStream(uniqueStream(uniqueCategory()))).resolves.toEqual([]);
    });

    describe('expected revision', () => {
      it("'no_stream' succeeds on a new stream and fails with the actual revision on an existing one", async () => {
        const streamId = uniqueStream(uniqueCategory());
        await expect(
          store.appendToStream(streamId, [newEvent('ContractThingHappened', {})], { expectedRevision: 'no_stream' }),
        ).resolves.toMatchObject({ nextExpectedRevision: 0 });
        await expectWrongRevision(
          store.appendToStream(streamId, [newEvent('ContractThingHappened', {})], { expectedRevision: 'no_stream' }),
          'no_stream',
          0,
        );
      });

      it("'stream_exists' fails with -1 on a new stream and succeeds on an existing one", async () => {
        const streamId = uniqueStream(uniqueCategory());
        await expectWrongRevision(
          store.appendToStream(streamId, [newEvent('ContractThingHappened', {})], { expectedRevision: 'stream_exists' }),
          'stream_exists',
          -1,
        );
        await store.appendToStream(streamId, [newEvent('ContractThingHappened', {})], { expectedRevision: 'no_stream' });
        await expect(
          store.appendToStream(streamId, [newEvent('ContractThingHappened', {})], { expectedRevision: 'stream_exists' }),
        ).resolves.toMatchObject({ nextExpectedRevision: 1 });
      });

      it("'any' appends whatever the stream holds", async () => {
        const streamId = uniqueStream(uniqueCategory());
        await expect(
          store.appendToStream(streamId, [newEvent('ContractThingHappened', {})], { expectedRevision: 'any' }),
        ).resolves.toMatchObject({ nextExpectedRevision: 0 });
        await expect(
          store.appendToStream(streamId, [newEvent('ContractThingHappened', {}), newEvent('ContractThingHappened', {})], {
            expectedRevision: 'any',
          }),
        ).resolves.toMatchObject({ nextExpectedRevision: 2 });
      });

      it('an exact revision must equal the last revision (-1 for a missing stream)', async () => {
        const streamId = uniqueStream(uniqueCategory());
        await expectWrongRevision(
          store.appendToStream(streamId, [newEvent('ContractThingHappened', {})], { expectedRevision: 0 }),
          0,
          -1,
        );
        await expect(
          store.appendToStream(streamId, [newEvent('ContractThingHappened', {})], { expectedRevision: -1 }),
        ).resolves.toMatchObject({ nextExpectedRevision: 0 });
        const second = await store.appendToStream(streamId, [newEvent('ContractThingHappened', {})], { expectedRevision: 0 });
        expect(second.nextExpectedRevision).toBe(1);
        await expectWrongRevision(
          store.appendToStream(streamId, [newEvent('ContractThingHappened', {})], { expectedRevision: 0 }),
          0,
          1,
        );
        await expectWrongRevision(
          store.appendToStream(streamId, [newEvent('ContractThingHappened', {})], { expectedRevision: 5 }),
          5,
          1,
        );
        expect(await store.readStream(streamId)).toHaveLength(2);
      });
    });

    it(
      `${WRITERS} concurrent writers racing on one revision: exactly one wins each round`,
      async () => {
        const streamId = uniqueStream(uniqueCategory());
        const rounds = 8;
        for (let round = 0; round < rounds; round++) {
          const expected = round - 1;
          const attempts = await Promise.allSettled(
            Array.from({ length: WRITERS }, (_, writer) =>
              store.appendToStream(streamId, [newEvent('ContractWriterWon', { round, writer })], {
                expectedRevision: expected,
              }),
            ),
          );
          const won = attempts.filter((a) => a.status === 'fulfilled');
          const lost = attempts.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
          expect(won).toHaveLength(1);
          expect(won[0]).toMatchObject({ value: { nextExpectedRevision: round } });
          for (const loss of lost) {
            expect(loss.reason).toBeInstanceOf(WrongExpectedRevisionError);
            expect(loss.reason).toMatchObject({ expected, actual: round });
          }
        }
        const events = await store.readStream(streamId);
        expect(events.map((e) => e.revision)).toEqual(Array.from({ length: rounds }, (_, i) => i));
        expect(events.map((e) => (e.data as { round: number }).round)).toEqual(Array.from({ length: rounds }, (_, i) => i));
      },
      TEST_TIMEOUT_MS,
    );

    it(
      `${WRITERS} concurrent writers retrying on conflicts: no gap, no duplicate, nothing lost`,
      async () => {
        const streamId = uniqueStream(uniqueCategory());
        const perWriter = 4;
        let conflicts = 0;
        const writer = async (id: number): Promise<void> => {
          for (let seq = 0; seq < perWriter; ) {
            const [last] = await store.readStream(streamId, { direction: 'backwards', maxCount: 1 });
            try {
              await store.appendToStream(streamId, [newEvent('ContractWriterAppended', { id, seq })], {
                expectedRevision: last ? last.revision : 'no_stream',
              });
              seq++;
            } catch (error) {
              if (!(error instanceof WrongExpectedRevisionError)) throw error;
              conflicts++;
            }
          }
        };
        await Promise.all(Array.from({ length: WRITERS }, (_, id) => writer(id)));

        const events = await store.readStream(streamId);
        expect(events.map((e) => e.revision)).toEqual(Array.from({ length: WRITERS * perWriter }, (_, i) => i));
        expect(new Set(ids(events)).size).toBe(events.length);
        for (let id = 0; id < WRITERS; id++) {
          const mine = events.map((e) => e.data as { id: number; seq: number }).filter((d) => d.id === id);
          expect(mine.map((d) => d.seq)).toEqual(Array.from({ length: perWriter }, (_, i) => i));
        }
        expect(conflicts).toBeGreaterThan(0); // they really raced
      },
      TEST_TIMEOUT_MS,
    );

    describe('idempotent retry', () => {
      it('re-appending the same event ids at the same expected revision returns the first result, writes nothing', async () => {
        const streamId = uniqueStream(uniqueCategory());
        const first = [newEvent('ContractThingHappened', { n: 0 }), newEvent('ContractThingHappened', { n: 1 })];
        const original = await store.appendToStream(streamId, first, { expectedRevision: 'no_stream' });
        await expect(store.appendToStream(streamId, first, { expectedRevision: 'no_stream' })).resolves.toEqual(original);

        const second = [newEvent('ContractThingHappened', { n: 2 })];
        const originalSecond = await store.appendToStream(streamId, second, { expectedRevision: 1 });
        // Someone else appends in between: the retry is still recognised as the same append.
        await store.appendToStream(streamId, [newEvent('ContractThingHappened', { n: 3 })], { expectedRevision: 2 });
        await expect(store.appendToStream(streamId, second, { expectedRevision: 1 })).resolves.toEqual(originalSecond);

        const events = await store.readStream(streamId);
        expect(events.map((e) => (e.data as { n: number }).n)).toEqual([0, 1, 2, 3]);
        expect(new Set(ids(events)).size).toBe(4);
      });

      it('a partial overlap with stored events is refused and writes nothing', async () => {
        const streamId = uniqueStream(uniqueCategory());
        const first = [newEvent('ContractThingHappened', { n: 0 }), newEvent('ContractThingHappened', { n: 1 })];
        await store.appendToStream(streamId, first, { expectedRevision: 'no_stream' });
        const overlapping = [first[0], newEvent('ContractThingHappened', { n: 99 })];
        await expect(store.appendToStream(streamId, overlapping, { expectedRevision: 'no_stream' })).rejects.toThrow();
        expect(ids(await store.readStream(streamId))).toEqual(ids(first));
      });
    });

    it('reads $all after an exclusive position, with maxCount and a category filter, in global order', async () => {
      const categoryA = uniqueCategory('alpha');
      const categoryB = uniqueCategory('beta');
      const streamA = uniqueStream(categoryA);
      const streamB = uniqueStream(categoryB);
      await store.appendToStream(streamA, [newEvent('ContractA', { n: 0 })], { expectedRevision: 'no_stream' });
      await store.appendToStream(streamB, [newEvent('ContractB', { n: 0 })], { expectedRevision: 'no_stream' });
      await store.appendToStream(streamA, [newEvent('ContractA', { n: 1 }), newEvent('ContractA', { n: 2 })], {
        expectedRevision: 0,
      });
      await store.appendToStream(streamB, [newEvent('ContractB', { n: 1 })], { expectedRevision: 0 });

      const onlyA = await store.readAll({ categories: [categoryA] });
      expect(onlyA.map((e) => [e.streamId, e.revision])).toEqual([
        [streamA, 0],
        [streamA, 1],
        [streamA, 2],
      ]);
      expect(isStrictlyIncreasing(onlyA.map((e) => e.globalPosition))).toBe(true);

      const both = await store.readAll({ categories: [categoryA, categoryB] });
      expect(both.map((e) => `${e.type}${(e.data as { n: number }).n}`)).toEqual([
        'ContractA0',
        'ContractB0',
        'ContractA1',
        'ContractA2',
        'ContractB1',
      ]);
      expect(isStrictlyIncreasing(both.map((e) => e.globalPosition))).toBe(true);

      const afterFirst = await store.readAll({ after: both[0].globalPosition, categories: [categoryA, categoryB] });
      expect(afterFirst.map((e) => e.metadata.eventId)).toEqual(ids(both.slice(1)));
      const page = await store.readAll({ after: both[0].globalPosition, maxCount: 2, categories: [categoryA, categoryB] });
      expect(ids(page)).toEqual(ids(both.slice(1, 3)));
      // Without a filter, everything after our second-to-last event is only our last one.
      const unfiltered = await store.readAll({ after: both[3].globalPosition });
      expect(ids(unfiltered)).toEqual(ids(both.slice(4)));
    });

    describe('readByClient (the audit trail)', () => {
      it('gathers every event naming the client from every stream and category, oldest first', async () => {
        const clientId = randomUUID();
        const someoneElse = randomUUID();
        const streamA = uniqueStream(uniqueCategory('trailA'));
        const streamB = uniqueStream(uniqueCategory('trailB'));
        const written = [
          newEvent('TrailRegistered', { n: 0 }, 1, clientId),
          newEvent('TrailOther', { n: 1 }, 1, someoneElse),
          newEvent('TrailMeetingHeld', { n: 2 }, 1, clientId),
          newEvent('TrailViewed', { n: 3 }, 1, clientId),
        ];
        await store.appendToStream(streamA, [written[0], written[1]], { expectedRevision: 'no_stream' });
        await store.appendToStream(streamB, [written[2]], { expectedRevision: 'no_stream' });
        await store.appendToStream(streamA, [written[3]], { expectedRevision: 1 });

        const trail = await readUntil(() => store.readByClient(clientId), (events) => events.length >= 3);
        expect(trail.map((e) => [e.streamId, e.revision, e.type, e.data])).toEqual([
          [streamA, 0, 'TrailRegistered', { n: 0 }],
          [streamB, 0, 'TrailMeetingHeld', { n: 2 }],
          [streamA, 2, 'TrailViewed', { n: 3 }],
        ]);
        expect(trail.map((e) => e.metadata)).toEqual([written[0], written[2], written[3]].map((e) => e.metadata));
        expect(isStrictlyIncreasing(trail.map((e) => e.globalPosition))).toBe(true);

        const other = await readUntil(() => store.readByClient(someoneElse), (events) => events.length >= 1);
        expect(ids(other)).toEqual([written[1].metadata.eventId]);
        await expect(store.readByClient(randomUUID())).resolves.toEqual([]);
      });

      it('pages with an exclusive position and maxCount', async () => {
        const clientId = randomUUID();
        const streamId = uniqueStream(uniqueCategory('trail'));
        const written = Array.from({ length: 5 }, (_, n) => newEvent('TrailThing', { n }, 1, clientId));
        await store.appendToStream(streamId, written, { expectedRevision: 'no_stream' });
        const all = await readUntil(() => store.readByClient(clientId), (events) => events.length >= 5);
        expect(ids(all)).toEqual(ids(written));

        const page = await store.readByClient(clientId, { after: all[1].globalPosition, maxCount: 2 });
        expect(ids(page)).toEqual(ids(written.slice(2, 4)));
        await expect(store.readByClient(clientId, { maxCount: 0 })).resolves.toEqual([]);
        const rest = await store.readByClient(clientId, { after: all[3].globalPosition });
        expect(ids(rest)).toEqual(ids(written.slice(4)));
      });
    });

    it('a subscription delivers history in global order, and resumes after a checkpoint', async () => {
      const category = uniqueCategory();
      const streams = [uniqueStream(category), uniqueStream(category), uniqueStream(category)];
      for (let n = 0; n < 6; n++) {
        const streamId = streams[n % streams.length];
        await store.appendToStream(streamId, [newEvent('ContractOrdered', { n })], { expectedRevision: 'any' });
      }
      const all = await store.readAll({ categories: [category] });
      const delivered = await takeFromSubscription(store, { categories: [category] }, 6);
      expect(ids(delivered)).toEqual(ids(all));
      expect(delivered.map((e) => (e.data as { n: number }).n)).toEqual([0, 1, 2, 3, 4, 5]);
      expect(isStrictlyIncreasing(delivered.map((e) => e.globalPosition))).toBe(true);

      const checkpoint = delivered[2].globalPosition;
      const resumed = await takeFromSubscription(store, { categories: [category], after: checkpoint }, 3);
      expect(ids(resumed)).toEqual(ids(all.slice(3)));
    });

    it(
      'a subscription delivers live events after catching up, and ends when its signal aborts',
      async () => {
        const category = uniqueCategory();
        const streamId = uniqueStream(category);
        await store.appendToStream(streamId, [newEvent('ContractLive', { n: 0 })], { expectedRevision: 'no_stream' });

        const controller = new AbortController();
        const received: RecordedEvent[] = [];
        let caughtUp!: () => void;
        const historyRead = new Promise<void>((resolve) => (caughtUp = resolve));
        const consuming = (async () => {
          for await (const event of store.subscribeToAll({ categories: [category], signal: controller.signal })) {
            received.push(event);
            if (received.length === 1) caughtUp();
            if (received.length === 3) controller.abort();
          }
          return 'ended';
        })();
        const guard = setTimeout(() => controller.abort(), 15_000);
        await historyRead;
        await new Promise((resolve) => setTimeout(resolve, 200)); // let it go idle (live) first
        await store.appendToStream(streamId, [newEvent('ContractLive', { n: 1 })], { expectedRevision: 0 });
        await store.appendToStream(streamId, [newEvent('ContractLive', { n: 2 })], { expectedRevision: 1 });
        await expect(consuming).resolves.toBe('ended');
        clearTimeout(guard);
        expect(received.map((e) => (e.data as { n: number }).n)).toEqual([0, 1, 2]);
      },
      TEST_TIMEOUT_MS,
    );

    it('upcasts an old schema version on every read path', async () => {
      const category = uniqueCategory();
      const streamId = uniqueStream(category);
      await store.appendToStream(streamId, [newEvent('ContractPersonNamed', { name: 'Aino Maria Virtanen' }, 1)], {
        expectedRevision: 'no_stream',
      });
      const expected = { data: { firstName: 'Aino', lastName: 'Maria Virtanen' }, metadata: { schemaVersion: 2 } };

      const [fromStream] = await store.readStream(streamId);
      expect(fromStream).toMatchObject(expected);
      const [fromAll] = await store.readAll({ categories: [category] });
      expect(fromAll).toMatchObject(expected);
      const [fromSubscription] = await takeFromSubscription(store, { categories: [category] }, 1);
      expect(fromSubscription).toMatchObject(expected);
      const [fromTrail] = await readUntil(() => store.readByClient(fromStream.metadata.clientId), (events) => events.length >= 1);
      expect(fromTrail).toMatchObject(expected);
    });
  });
}
