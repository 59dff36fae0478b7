import {
  ANY,
  NO_STREAM,
  STREAM_EXISTS,
  START,
  type AppendExpectedRevision,
  type CurrentRevision,
  type Position,
  type ReadPosition,
  type ResolvedEvent,
  type AllStreamResolvedEvent,
} from '@eventstore/db-client';
import type { EventMetadata, ExpectedRevision, RecordedEvent } from '@career/event-sourcing';

export function toEsdbExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      // -1 means "no stream yet" in our numbering; ESDB only accepts revisions >= 0.
      return expected === -1 ? NO_STREAM : BigInt(expected);
  }
}

export function fromEsdbCurrentRevision(actual: CurrentRevision | undefined): number {
  return actual === undefined || actual === NO_STREAM ? -1 : Number(actual);
}

/**
 * Our global position is ESDB's commit position. Since ESDB 20 every event of an append is
 * its own committed prepare record, so its commit and prepare positions are both the event's
 * log position: {commit: p, prepare: p} is a valid place to resume from.
 */
export function toEsdbReadPosition(after: number | undefined): ReadPosition {
  if (after === undefined || after < 0) return START;
  const position: Position = { commit: BigInt(after), prepare: BigInt(after) };
  return position;
}

export function isSystemStream(streamId: string): boolean {
  return streamId.startsWith('$');
}

/** undefined for what our port never carries: links to deleted events, system events. */
export function toRecordedEvent(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent | undefined {
  const event = resolved.event;
  if (!event || isSystemStream(event.streamId) || event.type.startsWith('$')) return undefined;
  const position = event.position?.commit ?? resolved.commitPosition;
  return {
    streamId: event.streamId,
    revision: Number(event.revision),
    globalPosition: position === undefined ? -1 : Number(position),
    type: event.type,
    data: event.isJson ? event.data : JSON.parse(Buffer.from(event.data as Uint8Array).toString('utf8')),
    metadata: decodeMetadata(event.metadata),
  };
}

function decodeMetadata(metadata: unknown): EventMetadata {
  if (metadata instanceof Uint8Array) return JSON.parse(Buffer.from(metadata).toString('utf8')) as EventMetadata;
  return metadata as EventMetadata;
}
