import type { Connection } from 'mongoose';
import { MongoConsumedEventLog } from './mongo-consumed-event-log';
import { dropTestDatabase, openTestDatabase } from '../test-support/mongo-test-database';

jest.setTimeout(30_000);

describe('MongoConsumedEventLog (real MongoDB-compatible server)', () => {
  let connection: Connection;
  let log: MongoConsumedEventLog;

  beforeAll(async () => {
    connection = await openTestDatabase('consumed');
    log = new MongoConsumedEventLog(connection);
  });
  afterAll(async () => connection && dropTestDatabase(connection));

  it('knows what a group recorded, per group, and records twice without a complaint', async () => {
    expect(await log.has('scheduling', 'e-1')).toBe(false);
    await log.record('scheduling', 'e-1');
    await log.record('scheduling', 'e-1');
    expect(await log.has('scheduling', 'e-1')).toBe(true);
    expect(await log.has('notifications', 'e-1')).toBe(false);
    expect(await connection.collection('consumed_events').countDocuments({})).toBe(1);
  });

  it('forgets only what was recorded before the given time', async () => {
    await connection.collection('consumed_events').insertOne({ _id: 'scheduling/old' as never, at: new Date(Date.now() - 8 * 24 * 3600_000) });
    await log.record('scheduling', 'new');
    expect(await log.forget(new Date(Date.now() - 7 * 24 * 3600_000))).toBe(1);
    expect(await log.has('scheduling', 'old')).toBe(false);
    expect(await log.has('scheduling', 'new')).toBe(true);
  });
});
