import type { Model, UpdateQuery } from 'mongoose';
import { documentKey, isDuplicateKeyError, withDocumentLock } from '@career/platform';

export interface RevisionGuard {
  /** Document path holding the last applied revision/position, e.g. `revision` or `revisions.client-<id>`. */
  key: string;
  /** The revision/position of the event being applied. */
  value: number;
}

type Update = UpdateQuery<unknown> & { $set?: Record<string, unknown> };

function lockKey(model: Pick<Model<unknown>, 'db' | 'collection'>, id: unknown): string {
  return documentKey(model.db.name, model.collection.collectionName, id);
}

/**
 * Idempotent apply by a revision guard kept in the document itself (EventSourcing.NodeJS): the
 * update runs only when the document has not yet seen `guard.value`, and records it in the same
 * single-document write. A replayed or duplicate event matches nothing and changes nothing.
 * No transaction is needed, so it works on FerretDB.
 *
 * `update` must use operators (`$set`, `$inc`, `$push`...). The guard key must be declared in
 * the schema (mongoose would otherwise strip it and the guard would never hold): the update
 * runs with `strict: 'throw'` so an undeclared path fails loudly.
 *
 * Returns true when this call applied the update, false when it was already applied (also when
 * a concurrent duplicate won the race: the losing upsert's duplicate key error means exactly
 * that). Exact within a process (see withDocumentLock); across processes on FerretDB 1.x the
 * document still counts a duplicate once, but both callers may report true.
 */
export async function applyGuarded<T>(model: Model<T>, id: unknown, guard: RevisionGuard, update: Update): Promise<boolean> {
  const guardedUpdate = { ...update, $set: { ...update.$set, [guard.key]: guard.value } };
  return withDocumentLock(lockKey(model, id), async () => {
    // One write: the guard in the filter, upsert for a new document. A document that has seen
    // this revision matches nothing, so the upsert collides on `_id`: already applied. (The
    // FerretDB that infra/local builds looks `_id` up in its index also when the filter has
    // more conditions; FerretDB 1.24 as released scanned the collection: infra/local/ferretdb.sh.)
    const filter = { _id: id, $or: [{ [guard.key]: { $lt: guard.value } }, { [guard.key]: { $exists: false } }] };
    try {
      const result = await model.updateOne(filter as never, guardedUpdate as never, { upsert: true, strict: 'throw' });
      return result.upsertedCount > 0 || result.matchedCount > 0;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  });
}

export interface ApplyOnceOptions {
  /** Array field holding the ids of applied events (declare it as `[String]`). Default `appliedEventIds`. */
  field?: string;
  /**
   * How many recent ids to keep. Duplicates arrive close to the original (a relay restart
   * resends only its unacknowledged batches), so a bounded window suffices. Default 1000.
   */
  keep?: number;
}

/**
 * Idempotent apply by event id, for Kafka-fed read models where no per-source revision is at
 * hand: the event id is pushed into a bounded array in the same single-document update that
 * applies the change, and a document already holding the id matches nothing.
 * Returns true when applied, false for a duplicate.
 */
export async function applyOnce<T>(
  model: Model<T>,
  id: unknown,
  eventId: string,
  update: UpdateQuery<unknown> & { $push?: Record<string, unknown> },
  options: ApplyOnceOptions = {},
): Promise<boolean> {
  const field = options.field ?? 'appliedEventIds';
  const keep = options.keep ?? 1000;
  const onceUpdate = { ...update, $push: { ...update.$push, [field]: { $each: [eventId], $slice: -keep } } };
  return withDocumentLock(lockKey(model, id), async () => {
    // Looked up by _id alone (see applyGuarded: FerretDB 1.x scans for any richer filter that
    // matches nothing), decided here, written by _id. Exact within a process (the lock); one
    // consumer per group keeps it exact across processes.
    const current = await model.collection.findOne({ _id: id } as never, { projection: { [field]: 1 } });
    const seen = (current?.[field] as string[] | undefined) ?? [];
    if (seen.includes(eventId)) return false;
    try {
      await model.updateOne({ _id: id } as never, onceUpdate as never, { upsert: true, strict: 'throw' });
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
    // FerretDB 1.x ignores `$slice` silently: drop the oldest ids when over the window.
    const over = seen.length + 1 - keep;
    for (let i = 0; i < over; i++) await model.updateOne({ _id: id } as never, { $pop: { [field]: -1 } } as never);
    return true;
  });
}
