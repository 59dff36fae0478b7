import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@career/event-store';
import type { Connection, Model } from 'mongoose';
import { MongoCheckpointStore, MongoParkedEventStore } from '@career/platform';
import { ProjectionRunner } from './projection-runner';
import { clientSummaryModel, clientSummaryProjection, type ClientSummary } from './test-support/client-summary.projection';
import { dropTestDatabase, openTestDatabase, waitFor } from '@career/platform/testing';
import { testEvent } from './test-support/test-events';

jest.setTimeout(60_000);

describe('ProjectionRunner (real SQLite event store + MongoDB-compatible server)', () => {
  let dir: string;
  let store: SqliteEventStore;
  let connection: Connection;
  let checkpoints: MongoCheckpointStore;
  let summaries: Model<ClientSummary>;
  let runners: ProjectionRunner[] = [];

  const runnerFor = (projection = clientSummaryProjection(summaries), name = 'client-summaries') => {
    const runner = new ProjectionRunner({ name, store, checkpoints, categories: ['client'], projection, rebuildBatchSize: 7 });
    runners.push(runner);
    return runner;
  };

  /** Registers `clients` clients with `meetings` meetings each; returns the stream ids. */
  async function appendHistory(clients: number, meetings: number): Promise<string[]> {
    const streams: string[] = [];
    for (let c = 0; c < clients; c++) {
      const clientId = randomUUID();
      const streamId = `client-${clientId}`;
      streams.push(streamId);
      const events = [testEvent('ClientRegistered', { language: c % 2 ? 'sv' : 'fi' }, clientId)];
      for (let m = 0; m < meetings; m++) events.push(testEvent('MeetingHeld', { n: m }, clientId, `2026-03-${10 + m}T09:00:00.000Z`));
      await store.appendToStream(streamId, events, { expectedRevision: 'no_stream' });
    }
    // Another category: the runner must not see it.
    await store.appendToStream(`document-${randomUUID()}`, [testEvent('DocumentGenerated', {}, randomUUID())], {
      expectedRevision: 'no_stream',
    });
    return streams;
  }

  const allSummaries = () => summaries.find().sort({ _id: 1 }).lean();
  const lastClientPosition = async () => {
    const events = await store.readAll({ categories: ['client'] });
    return events[events.length - 1].globalPosition;
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'projection-runner-'));
    store = new SqliteEventStore({ path: join(dir, 'events.sqlite'), pollIntervalMs: 50 });
    connection = await openTestDatabase('projection_runner');
    checkpoints = new MongoCheckpointStore(connection);
    summaries = clientSummaryModel(connection);
    await summaries.init();
  });

  afterEach(async () => {
    for (const runner of runners) await runner.stop();
    runners = [];
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    if (connection) await dropTestDatabase(connection);
  });

  it('projects history and live events, checkpointing after apply', async () => {
    const streams = await appendHistory(3, 2);
    const runner = runnerFor();
    await runner.start();
    await waitFor(async () => (await summaries.countDocuments()) === 3, 10_000, 'history projected');

    const [liveClient] = await appendHistory(1, 1);
    await waitFor(async () => (await summaries.findById(liveClient).lean())?.meetings === 1, 10_000, 'live event projected');
    await waitFor(async () => (await checkpoints.load('client-summaries')) === (await lastClientPosition()), 10_000, 'checkpoint');

    const first = await summaries.findById(streams[0]).lean();
    expect(first).toEqual({ _id: streams[0], revision: 2, language: 'fi', meetings: 2, lastEventAt: '2026-03-11T09:00:00.000Z' });
    expect(runner.health()).toMatchObject({ status: 'running', handled: 11, checkpoint: await lastClientPosition() });
  });

  it('resumes from its checkpoint after a restart', async () => {
    await appendHistory(2, 1);
    const firstRun = clientSummaryProjection(summaries);
    const runner = runnerFor(firstRun);
    await runner.start();
    await waitFor(async () => (await checkpoints.load('client-summaries')) === (await lastClientPosition()), 10_000, 'checkpoint');
    await runner.stop();
    expect(runner.health().status).toBe('stopped');
    expect(firstRun.calls.apply).toBe(4);

    await appendHistory(1, 2); // appended while the projection is down
    const secondRun = clientSummaryProjection(summaries);
    await runnerFor(secondRun).start();
    await waitFor(async () => (await summaries.countDocuments()) === 3, 10_000, 'resumed');
    await waitFor(async () => (await checkpoints.load('client-summaries')) === (await lastClientPosition()), 10_000, 'checkpoint');
    // Only the 3 new events, not the whole history again.
    expect(secondRun.calls.apply).toBe(3);
  });

  it('changes nothing when the whole history is replayed over existing documents', async () => {
    await appendHistory(3, 3);
    const runner = runnerFor();
    await runner.start();
    await waitFor(async () => (await checkpoints.load('client-summaries')) === (await lastClientPosition()), 10_000, 'projected');
    await runner.stop();
    const before = await allSummaries();

    // Lost checkpoint (e.g. restored from an older backup): everything is applied again.
    await checkpoints.reset('client-summaries');
    const replay = clientSummaryProjection(summaries);
    await runnerFor(replay).start();
    await waitFor(async () => (await checkpoints.load('client-summaries')) === (await lastClientPosition()), 10_000, 'replayed');
    expect(replay.calls.apply).toBe(12);
    expect(await allSummaries()).toEqual(before);
  });

  it('rebuilds identical documents with bulk writes, then continues live', async () => {
    await appendHistory(5, 3);
    const projection = clientSummaryProjection(summaries);
    const runner = runnerFor(projection);
    await runner.start();
    await waitFor(async () => (await checkpoints.load('client-summaries')) === (await lastClientPosition()), 10_000, 'projected');
    const before = await allSummaries();
    expect(before).toHaveLength(5);
    const appliedLive = projection.calls.apply;

    // A stray document the events do not explain disappears in a rebuild.
    await summaries.create({ _id: 'client-stray', revision: 0, meetings: 99 });
    await runner.rebuild(); // stops the running runner first
    expect(await allSummaries()).toEqual(before);
    // 20 client events in pages of 7: three bulk writes, no single applies.
    expect(projection.calls).toEqual({ applyBatch: 3, apply: appliedLive });
    expect(await checkpoints.load('client-summaries')).toBe(await lastClientPosition());
    expect(runner.health()).toMatchObject({ status: 'running', handled: 20 });

    const [liveClient] = await appendHistory(1, 0);
    await waitFor(async () => (await summaries.findById(liveClient).lean()) !== null, 10_000, 'live after rebuild');
    expect(projection.calls.apply).toBe(appliedLive + 1);
  });

  it('reports a projection that keeps failing on one event as stuck, naming it, and passes it once an operator parks it', async () => {
    const [first, second] = await appendHistory(2, 1);
    const poisonId = (await store.readStream(first))[1].metadata.eventId;
    const healthy = clientSummaryProjection(summaries);
    const failing = {
      ...healthy,
      apply: async (event: Parameters<typeof healthy.apply>[0]) => {
        if (event.metadata.eventId === poisonId) throw new Error('cannot apply MeetingHeld: n is not a number');
        await healthy.apply(event);
      },
    };
    const parked = new MongoParkedEventStore(connection);
    const runner = new ProjectionRunner({
      name: 'client-summaries',
      store,
      checkpoints,
      parked,
      categories: ['client'],
      projection: failing,
      stuckAfterMs: 300,
      retry: { initialDelayMs: 20, maxDelayMs: 50 },
    });
    runners.push(runner);
    await runner.start();
    await waitFor(() => runner.health().status === 'stuck', 10_000, 'stuck');
    expect(runner.health().failing).toMatchObject({ eventId: poisonId, streamId: first, type: 'MeetingHeld', error: 'cannot apply MeetingHeld: n is not a number' });
    // Nothing after the poison event was checkpointed; the second client is not there yet.
    expect(await summaries.findById(second).lean()).toBeNull();

    await expect(runner.subscriber.park({ eventId: 'not-the-failing-one', reason: 'x', parkedBy: 'ops' })).rejects.toThrow(/not failing on event/);
    await runner.subscriber.park({ eventId: poisonId, reason: 'known bad payload, fixed upstream', parkedBy: 'ops-1' });
    await waitFor(async () => (await checkpoints.load('client-summaries')) === (await lastClientPosition()), 10_000, 'flowing again');
    expect(runner.health()).toMatchObject({ status: 'running', skipped: 1 });
    expect(runner.health().failing).toBeUndefined();
    expect((await summaries.findById(second).lean())?.meetings).toBe(1);
    expect(await parked.list('client-summaries')).toEqual([
      expect.objectContaining({ eventId: poisonId, reason: 'known bad payload, fixed upstream', parkedBy: 'ops-1', type: 'MeetingHeld', streamId: first }),
    ]);

    // A restart from an older checkpoint passes over the parked event too.
    await runner.stop();
    await checkpoints.reset('client-summaries');
    const again = new ProjectionRunner({ name: 'client-summaries', store, checkpoints, parked, categories: ['client'], projection: failing });
    runners.push(again);
    await again.start();
    await waitFor(async () => (await checkpoints.load('client-summaries')) === (await lastClientPosition()), 10_000, 'replayed past the parked event');
    expect(again.health().status).toBe('running');
  });
});
