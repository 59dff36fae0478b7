import type { AnyBulkWriteOperation, mongo, UpdateQuery } from 'mongoose';
import type { RevisionGuard } from './apply-guarded';

/**
 * The bulkWrite twin of applyGuarded (same filter, same update), for `applyBatch` during a
 * rebuild: run the ops with `bulkWrite(ops, { ordered: true })` so a document's events apply
 * in order and the result equals applying them one by one.
 */
export function guardedUpdateOp<T extends mongo.Document = mongo.Document>(
  id: unknown,
  guard: RevisionGuard,
  update: UpdateQuery<unknown> & { $set?: Record<string, unknown> },
): AnyBulkWriteOperation<T> {
  return {
    updateOne: {
      filter: { _id: id, $or: [{ [guard.key]: { $lt: guard.value } }, { [guard.key]: { $exists: false } }] } as never,
      update: { ...update, $set: { ...update.$set, [guard.key]: guard.value } } as never,
      upsert: true,
    },
  };
}
