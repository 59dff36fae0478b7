import { ANY, NO_STREAM, START, STREAM_EXISTS, type AllStreamResolvedEvent } from '@eventstore/db-client';
import {
  fromEsdbCurrentRevision,
  toEsdbExpectedRevision,
  toEsdbReadPosition,
  toRecordedEvent,
} from './esdb-mapping';

describe('EventStoreDB mapping', () => {
  it('maps expected revisions to the client constants and bigint revisions', () => {
    expect(toEsdbExpectedRevision('any')).toBe(ANY);
    expect(toEsdbExpectedRevision('no_stream')).toBe(NO_STREAM);
    expect(toEsdbExpectedRevision('stream_exists')).toBe(STREAM_EXISTS);
    expect(toEsdbExpectedRevision(-1)).toBe(NO_STREAM);
    expect(toEsdbExpectedRevision(7)).toBe(7n);
  });

  it('reads the actual revision of a conflict, -1 for no stream', () => {
    expect(fromEsdbCurrentRevision(NO_STREAM)).toBe(-1);
    expect(fromEsdbCurrentRevision(3n)).toBe(3);
  });

  it('starts $all at the beginning without a checkpoint, else at {commit, prepare} = checkpoint', () => {
    expect(toEsdbReadPosition(undefined)).toBe(START);
    expect(toEsdbReadPosition(1234)).toEqual({ commit: 1234n, prepare: 1234n });
  });

  const resolved = (streamId: string, type: string): AllStreamResolvedEvent => ({
    event: {
      streamId,
      id: '5b8f7c4e-2f1a-4a43-9c55-0d2f3f0f8a11',
      isJson: true,
      revision: 2n,
      type,
      created: new Date(0),
      data: { a: 1 },
      metadata: { eventId: '5b8f7c4e-2f1a-4a43-9c55-0d2f3f0f8a11', schemaVersion: 1 },
      position: { commit: 900n, prepare: 900n },
    },
    commitPosition: 900n,
  });

  it('maps a resolved event to the envelope with the commit position as global position', () => {
    expect(toRecordedEvent(resolved('client-1', 'ClientRegistered'))).toEqual({
      streamId: 'client-1',
      revision: 2,
      globalPosition: 900,
      type: 'ClientRegistered',
      data: { a: 1 },
      metadata: { eventId: '5b8f7c4e-2f1a-4a43-9c55-0d2f3f0f8a11', schemaVersion: 1 },
    });
  });

  it('drops system streams and system event types', () => {
    expect(toRecordedEvent(resolved('$ce-client', '$>'))).toBeUndefined();
    expect(toRecordedEvent(resolved('client-1', '$metadata'))).toBeUndefined();
  });
});
