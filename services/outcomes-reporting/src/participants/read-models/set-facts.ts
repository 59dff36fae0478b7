import { documentKey, withDocumentLock } from '@career/platform';
import type { Model } from 'mongoose';

/**
 * Writes an event's facts into one participant document: a single `$set` by `_id`, upserted.
 *
 * Idempotent by construction, so a redelivered event (at-least-once delivery, a relay that
 * resends a batch, a replay) changes nothing and counts nothing twice: every path is named by
 * the id of what it records (`meetings.<meetingId>`, `advisors.<eventId>`,
 * `documents.<documentId>_v<version>_<format>`) or is a fact the source states once per
 * process (its registration, exit, opening, completion...), and it is set to a value taken
 * from the event alone. No counter is incremented anywhere: counts are taken when the rows are
 * assembled. The same property makes the writes commute, which is what a rebuild relies on.
 *
 * Why not applyOnce of @career/projections (an id list filtered with `$ne`): FerretDB 1.x does
 * not push that filter, nor its trim query, down to the `_id` index and scans the collection:
 * measured 53 ms per event at 1,000 documents, growing with the collection, against 5 ms for
 * an `_id` update; a fresh consumer group replaying the topics took 69 s instead of ~10 s.
 *
 * The lock serialises writes to one document in this process: FerretDB 1.x rewrites the whole
 * document without isolation, so two concurrent `$set`s of different paths could lose one.
 */
export async function setFacts(model: Model<unknown>, id: string, set: Record<string, unknown>): Promise<void> {
  await withDocumentLock(documentKey(model.db.name, model.collection.collectionName, id), async () => {
    await model.updateOne({ _id: id } as never, { $set: set } as never, { upsert: true, strict: 'throw' });
  });
}
