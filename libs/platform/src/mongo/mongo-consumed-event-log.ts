import type { Collection, Connection } from 'mongoose';
import { isDuplicateKeyError } from './mongo-errors';

/**
 * The facts a consumer group has handled, by event id. Kafka delivers at least once, and a copy
 * may come after newer facts about the same thing: a relay killed before its checkpoint
 * publishes its last batch again, and two instances of a service both relay the same events
 * (docs/architecture.md#conventions: consumers deduplicate by event id). A handler that is
 * idempotent for a copy arriving at once may still act on a late one as if it were new (a
 * meeting's reminder planned again after the meeting was cancelled), so the consumer asks here
 * first and skips what it has handled.
 */
export interface ConsumedEventLog {
  has(group: string, eventId: string): Promise<boolean>;
  /** Records a handled event; recording it twice changes nothing. */
  record(group: string, eventId: string): Promise<void>;
  /** Forgets what was handled before `before`; returns how many. */
  forget(before: Date): Promise<number>;
}

interface ConsumedEventDocument {
  _id: string;
  at: Date;
}

/**
 * `{ _id: "<group>/<eventId>", at }` in the service's own database, beside its checkpoints: a
 * lookup and an insert by `_id`, no transaction, so it works on FerretDB.
 */
export class MongoConsumedEventLog implements ConsumedEventLog {
  private readonly collection: Collection<ConsumedEventDocument>;
  private indexed = false;

  constructor(connection: Connection, collection = 'consumed_events') {
    this.collection = connection.collection<ConsumedEventDocument>(collection);
  }

  async has(group: string, eventId: string): Promise<boolean> {
    return (await this.collection.findOne({ _id: `${group}/${eventId}` }, { projection: { _id: 1 } })) !== null;
  }

  async record(group: string, eventId: string): Promise<void> {
    try {
      await this.collection.insertOne({ _id: `${group}/${eventId}`, at: new Date() });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }

  async forget(before: Date): Promise<number> {
    if (!this.indexed) {
      await this.collection.createIndex({ at: 1 });
      this.indexed = true;
    }
    return (await this.collection.deleteMany({ at: { $lt: before } })).deletedCount;
  }
}
