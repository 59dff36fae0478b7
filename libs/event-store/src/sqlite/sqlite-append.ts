import {
  categoryOf,
  WrongExpectedRevisionError,
  type AppendResult,
  type ExpectedRevision,
  type NewEvent,
  type StreamSnapshot,
} from '@career/event-sourcing';
import { EventIdConflictError } from '../event-store.errors';
import type { SqliteStatements } from './sqlite-statements';

/** An append with its JSON already serialised, so the write transaction does no encoding. */
export interface PreparedAppend {
  streamId: string;
  category: string;
  expected: ExpectedRevision;
  events: Array<{ eventId: string; type: string; data: string; metadata: string }>;
  snapshot?: StreamSnapshot;
}

export function prepareAppend(
  streamId: string,
  events: readonly NewEvent[],
  expected: ExpectedRevision,
  snapshot?: StreamSnapshot,
): PreparedAppend {
  if (typeof expected === 'number' && (!Number.isInteger(expected) || expected < -1)) {
    throw new RangeError(`expected revision must be an integer >= -1 or a kind, got ${expected}`);
  }
  return {
    streamId,
    category: categoryOf(streamId),
    expected,
    ...(snapshot ? { snapshot } : {}),
    events: events.map((event) => {
      if (!event.metadata?.eventId) throw new TypeError(`event ${event.type} has no metadata.eventId`);
      return {
        eventId: event.metadata.eventId,
        type: event.type,
        data: JSON.stringify(event.data ?? null),
        metadata: JSON.stringify(event.metadata),
      };
    }),
  };
}

/** -1 when the stream has no event. */
function currentRevisionOf(statements: SqliteStatements, streamId: string): number {
  const row = statements.currentRevision.get(streamId) as { revision: number | null } | undefined;
  return row?.revision ?? -1;
}

function revisionMatches(expected: ExpectedRevision, current: number): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return current === -1;
    case 'stream_exists':
      return current >= 0;
    default:
      return expected === current;
  }
}

/**
 * A retry of an append that already succeeded (same ids, same order, where the first attempt
 * put them) returns the first attempt's result instead of writing duplicates. Returns
 * undefined when the first event id is new, i.e. this is not a retry.
 */
function findIdempotentResult(
  statements: SqliteStatements,
  append: PreparedAppend,
  current: number,
): AppendResult | undefined {
  const first = append.events[0];
  const stored = statements.findEventById.get(first.eventId) as
    | { stream_id: string; revision: number; position: number }
    | undefined;
  if (!stored) return undefined;
  if (stored.stream_id !== append.streamId) {
    throw new EventIdConflictError(append.streamId, first.eventId, `is already stored in stream ${stored.stream_id}`);
  }
  const expectedFirstRevision =
    append.expected === 'no_stream' ? 0 : typeof append.expected === 'number' ? append.expected + 1 : stored.revision;
  if (stored.revision !== expectedFirstRevision) {
    // Stored, but not where this expected revision would have put it: a genuine conflict.
    throw new WrongExpectedRevisionError(append.streamId, append.expected, current);
  }
  const rows = statements.eventIdsFrom.all(append.streamId, stored.revision, append.events.length) as Array<{
    event_id: string;
    revision: number;
    position: number;
  }>;
  const sameIds =
    rows.length === append.events.length && rows.every((row, i) => row.event_id === append.events[i].eventId);
  if (!sameIds) {
    throw new EventIdConflictError(
      append.streamId,
      first.eventId,
      'was stored with a different set of events (partial overlap): a retry must resend the same events',
    );
  }
  const last = rows[rows.length - 1];
  return { nextExpectedRevision: last.revision, position: last.position };
}

/** Checks and writes one append inside the caller's transaction; throws without writing on conflict. */
export function appendInTransaction(statements: SqliteStatements, append: PreparedAppend): AppendResult {
  const current = currentRevisionOf(statements, append.streamId);
  if (append.events.length === 0) {
    if (!revisionMatches(append.expected, current)) {
      throw new WrongExpectedRevisionError(append.streamId, append.expected, current);
    }
    return { nextExpectedRevision: current, position: -1 };
  }
  const retried = findIdempotentResult(statements, append, current);
  if (retried) return retried;
  if (!revisionMatches(append.expected, current)) {
    throw new WrongExpectedRevisionError(append.streamId, append.expected, current);
  }
  let revision = current;
  let position = -1;
  for (const event of append.events) {
    revision++;
    try {
      const result = statements.insert.run(
        append.streamId,
        append.category,
        revision,
        event.eventId,
        event.type,
        event.data,
        event.metadata,
      );
      position = Number(result.lastInsertRowid);
    } catch (error) {
      if (isUniqueEventIdViolation(error)) {
        throw new EventIdConflictError(append.streamId, event.eventId, 'is already stored (duplicate event id)');
      }
      throw error;
    }
  }
  // In the same transaction (savepoint) as the events: a snapshot exists only of what was stored.
  const { snapshot } = append;
  if (snapshot && snapshot.revision === revision) {
    statements.writeSnapshot.run(append.streamId, snapshot.revision, snapshot.schema, snapshot.state, JSON.stringify(snapshot.owner));
  }
  return { nextExpectedRevision: revision, position };
}

/** Duck-typed: node:sqlite's errors come from another realm under Jest, so instanceof Error fails. */
function isUniqueEventIdViolation(error: unknown): boolean {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' && message.includes('UNIQUE constraint failed: events.event_id');
}
