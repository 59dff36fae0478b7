import type { RecordedEvent } from '@career/event-sourcing';
import { Schema, type Connection, type Model } from 'mongoose';
import { applyGuarded } from '../apply-guarded';
import { guardedUpdateOp } from '../guarded-update-op';
import type { Projection } from '../projection-runner';

/** A small read model for the tests: one document per client stream. */
export interface ClientSummary {
  _id: string;
  revision: number;
  language?: string;
  meetings: number;
  lastEventAt?: string;
}

const schema = new Schema<ClientSummary>(
  {
    _id: String,
    revision: Number,
    language: String,
    meetings: { type: Number, default: 0 },
    lastEventAt: String,
  },
  { versionKey: false },
);

export function clientSummaryModel(connection: Connection): Model<ClientSummary> {
  return connection.model<ClientSummary>('ClientSummary', schema, 'client_summaries');
}

function updateFor(event: RecordedEvent): { $set: Record<string, unknown>; $inc?: Record<string, number> } {
  const data = event.data as { language?: string };
  switch (event.type) {
    case 'ClientRegistered':
      return { $set: { language: data.language, lastEventAt: event.metadata.occurredAt } };
    case 'MeetingHeld':
      return { $set: { lastEventAt: event.metadata.occurredAt }, $inc: { meetings: 1 } };
    default:
      return { $set: { lastEventAt: event.metadata.occurredAt } };
  }
}

/** Counts calls so tests can tell a resumed runner from one replaying everything. */
export function clientSummaryProjection(model: Model<ClientSummary>): Projection & { calls: { apply: number; applyBatch: number } } {
  const calls = { apply: 0, applyBatch: 0 };
  return {
    calls,
    collections: [model],
    async apply(event) {
      calls.apply++;
      await applyGuarded(model, event.streamId, { key: 'revision', value: event.revision }, updateFor(event));
    },
    async applyBatch(events) {
      calls.applyBatch++;
      await model.bulkWrite(
        events.map((event) => guardedUpdateOp(event.streamId, { key: 'revision', value: event.revision }, updateFor(event))),
        { ordered: true },
      );
    },
  };
}
