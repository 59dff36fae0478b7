import type { CheckpointStore } from '@career/event-sourcing';
import type { Collection, Connection } from 'mongoose';
import { documentKey, withDocumentLock } from './document-lock';
import { isDuplicateKeyError } from './mongo-errors';

/** A checkpoint store that can also forget a checkpoint: what a rebuild needs. */
export interface ResettableCheckpointStore extends CheckpointStore {
  reset(name: string): Promise<void>;
}

interface CheckpointDocument {
  _id: string;
  position: number;
  updatedAt: Date;
}

/**
 * Checkpoints as `{ _id: name, position, updatedAt }`, beside the read models they track (so a
 * read model and its checkpoint live and die together). One single-document conditional
 * update per store: no transactions, so it works on FerretDB.
 */
export class MongoCheckpointStore implements ResettableCheckpointStore {
  private readonly collection: Collection<CheckpointDocument>;

  constructor(connection: Connection, collection = 'checkpoints') {
    this.collection = connection.collection<CheckpointDocument>(collection);
  }

  async load(name: string): Promise<number | undefined> {
    const doc = await this.collection.findOne({ _id: name });
    return doc?.position;
  }

  /**
   * Never moves a checkpoint backwards: a late writer (an old instance finishing its batch
   * after a newer one moved on) must not make everything replay again.
   */
  async store(name: string, position: number): Promise<void> {
    // Serialised per checkpoint in-process: FerretDB 1.x updates are not isolated (document-lock.ts).
    await withDocumentLock(documentKey(this.collection.dbName, this.collection.collectionName, name), async () => {
      try {
        await this.collection.updateOne(
          { _id: name, $or: [{ position: { $lt: position } }, { position: { $exists: false } }] },
          { $set: { position, updatedAt: new Date() } },
          { upsert: true },
        );
      } catch (error) {
        // The checkpoint exists at or past `position`: the upsert tried to insert a second one.
        if (!isDuplicateKeyError(error)) throw error;
      }
    });
  }

  async reset(name: string): Promise<void> {
    await this.collection.deleteOne({ _id: name });
  }
}
