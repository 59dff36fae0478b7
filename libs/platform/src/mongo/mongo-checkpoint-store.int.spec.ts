import type { Connection } from 'mongoose';
import { MongoCheckpointStore } from './mongo-checkpoint-store';
import { dropTestDatabase, openTestDatabase } from '../test-support/mongo-test-database';

jest.setTimeout(30_000);

describe('MongoCheckpointStore (real MongoDB-compatible server)', () => {
  let connection: Connection;
  let checkpoints: MongoCheckpointStore;

  beforeAll(async () => {
    connection = await openTestDatabase('checkpoints');
    checkpoints = new MongoCheckpointStore(connection);
  });
  afterAll(async () => connection && dropTestDatabase(connection));

  it('loads nothing for an unknown name, then what was stored', async () => {
    expect(await checkpoints.load('fresh')).toBeUndefined();
    await checkpoints.store('fresh', 5);
    expect(await checkpoints.load('fresh')).toBe(5);
    const doc = await connection.collection('checkpoints').findOne({ _id: 'fresh' as never });
    expect(doc).toEqual({ _id: 'fresh', position: 5, updatedAt: expect.any(Date) });
  });

  it('never moves a checkpoint backwards', async () => {
    await checkpoints.store('forward', 10);
    await checkpoints.store('forward', 3);
    await checkpoints.store('forward', 10);
    expect(await checkpoints.load('forward')).toBe(10);
    await checkpoints.store('forward', 11);
    expect(await checkpoints.load('forward')).toBe(11);
  });

  it('keeps the highest of concurrent stores, new or existing', async () => {
    await Promise.all([7, 3, 9, 1, 8, 2].map((p) => checkpoints.store('racing', p)));
    expect(await checkpoints.load('racing')).toBe(9);
    await Promise.all([12, 10, 15, 11, 14, 13].map((p) => checkpoints.store('racing', p)));
    expect(await checkpoints.load('racing')).toBe(15);
  });

  it('forgets a checkpoint on reset, without touching others', async () => {
    await checkpoints.store('doomed', 4);
    await checkpoints.store('kept', 6);
    await checkpoints.reset('doomed');
    expect(await checkpoints.load('doomed')).toBeUndefined();
    expect(await checkpoints.load('kept')).toBe(6);
  });
});
