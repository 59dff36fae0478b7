import { createEventStore, type EventStoreConfig } from './create-event-store';

describe('createEventStore', () => {
  it('refuses esdb without a connection string', () => {
    expect(() => createEventStore({ kind: 'esdb' })).toThrow(/esdbConnectionString/);
  });

  it('refuses an unknown kind', () => {
    expect(() => createEventStore({ kind: 'postgres' } as unknown as EventStoreConfig)).toThrow(/unknown event store kind/);
  });
});
