import type { ParkedEvent, ParkedEventStore } from '@career/event-sourcing';
import type { Collection, Connection } from 'mongoose';
import { isDuplicateKeyError } from './mongo-errors';

interface ParkedEventDocument extends ParkedEvent {
  _id: string;
}

/**
 * Parked events as `{ _id: "<subscriber>/<eventId>", ... }` in the service's own database,
 * beside the checkpoints. Parking twice keeps the first record (its reason and time).
 */
export class MongoParkedEventStore implements ParkedEventStore {
  private readonly collection: Collection<ParkedEventDocument>;

  constructor(connection: Connection, collection = 'parked_events') {
    this.collection = connection.collection<ParkedEventDocument>(collection);
  }

  async park(event: ParkedEvent): Promise<void> {
    try {
      await this.collection.insertOne({ _id: `${event.subscriber}/${event.eventId}`, ...event });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }

  async parkedIds(subscriber: string): Promise<ReadonlySet<string>> {
    const documents = await this.collection.find({ subscriber }, { projection: { eventId: 1 } }).toArray();
    return new Set(documents.map((document) => document.eventId));
  }

  async list(subscriber?: string): Promise<ParkedEvent[]> {
    const documents = await this.collection.find(subscriber === undefined ? {} : { subscriber }).sort({ parkedAt: -1 }).limit(1_000).toArray();
    return documents.map(({ _id, ...event }) => event);
  }
}
