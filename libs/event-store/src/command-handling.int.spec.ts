import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ConcurrencyRetriesExhaustedError,
  DomainError,
  handleCommand,
  WrongExpectedRevisionError,
  type CommandContext,
  type Decider,
  type DomainEvent,
} from '@career/event-sourcing';
import { SqliteEventStore } from './sqlite/sqlite-event-store';

// The command-handling loop of @career/event-sourcing against a real SQLite store: the rule
// "at most `capacity` seats" must hold when many commands race on one stream.
type SeatTaken = DomainEvent<'SeatTaken', { seat: number; by: string }>;
type TakeSeat = { type: 'TakeSeat'; by: string };
const capacity = 5;
const seats: Decider<number, TakeSeat, SeatTaken> = {
  initialState: () => 0,
  evolve: (taken) => taken + 1,
  decide(command, taken) {
    if (taken >= capacity) throw new DomainError('SEATS.FULL', 'no seats left');
    return [{ type: 'SeatTaken', data: { seat: taken + 1, by: command.by } }];
  },
};

const context = (by: string): CommandContext => ({
  actor: { id: by, role: 'advisor' },
  organisation: 'ORG1',
  clientId: '6f1c1d56-0000-4000-8000-000000000001',
  correlationId: `corr-${by}`,
  causationId: `cause-${by}`,
  now: new Date('2026-11-28T10:00:00Z'),
});

describe('handleCommand on the sqlite store', () => {
  let dir: string;
  let store: SqliteEventStore;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'command-loop-'));
    store = new SqliteEventStore({ path: path.join(dir, 'events.sqlite') });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the rule under 12 racing commands: exactly `capacity` succeed, the rest are refused', async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) =>
        handleCommand({ store, decider: seats, streamId: 'room-1', command: { type: 'TakeSeat', by: `u${i}` }, context: context(`u${i}`), maxAttempts: 20 }),
      ),
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
    await handleCommand({ store, decider: seats, streamId: 'room-2', command: { type: 'TakeSeat', by: 'a' }, context: context('a'), schemaVersions: { SeatTaken: 2 } });
    const [event] = await store.readStream('room-2');
    expect(event.metadata).toMatchObject({
      schemaVersion: 2,
      occurredAt: '2026-11-28T10:00:00.000Z',
      actor: { id: 'a', role: 'advisor' },
      organisation: 'ORG1',
      clientId: '6f1c1d56-0000-4000-8000-000000000001',
      correlationId: 'corr-a',
      causationId: 'cause-a',
    });
    expect(event.metadata.eventId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a stale If-Match revision without retrying', async () => {
    await handleCommand({ store, decider: seats, streamId: 'room-3', command: { type: 'TakeSeat', by: 'a' }, context: context('a') });
    await handleCommand({ store, decider: seats, streamId: 'room-3', command: { type: 'TakeSeat', by: 'b' }, context: context('b') });
    await expect(
      handleCommand({ store, decider: seats, streamId: 'room-3', command: { type: 'TakeSeat', by: 'c' }, context: context('c'), expectedRevision: 0 }),
    ).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect(await store.readStream('room-3')).toHaveLength(2);
    const fresh = await handleCommand({ store, decider: seats, streamId: 'room-3', command: { type: 'TakeSeat', by: 'c' }, context: context('c'), expectedRevision: 1 });
    expect(fresh.nextExpectedRevision).toBe(2);
  });

  it('gives up after the bounded number of attempts when it keeps losing the race', async () => {
    const racing = Array.from({ length: 8 }, (_, i) =>
      handleCommand({ store, decider: seats, streamId: 'room-4', command: { type: 'TakeSeat', by: `r${i}` }, context: context(`r${i}`), maxAttempts: 1 }),
    );
    const outcomes = await Promise.allSettled(racing);
    const exhausted = outcomes.filter((o) => o.status === 'rejected' && o.reason instanceof ConcurrencyRetriesExhaustedError);
    const succeeded = outcomes.filter((o) => o.status === 'fulfilled');
    expect(succeeded.length + exhausted.length).toBe(8);
    expect(succeeded.length).toBeGreaterThanOrEqual(1);
    expect(await store.readStream('room-4')).toHaveLength(succeeded.length);
  });
});
