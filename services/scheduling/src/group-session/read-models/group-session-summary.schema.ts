import type { Provider } from '@nestjs/common';
import { MONGO_CONNECTION } from '@career/platform';
import { Schema, type Connection } from 'mongoose';

/**
 * One row per group guidance session: what it is, when, and its roster, waiting list and
 * attendance by client id (the session's facts hold no personal data).
 */
export interface GroupSessionSummaryDocument {
  _id: string;
  organisation: string;
  title: string;
  topic: string;
  /** ISO instants in UTC, so string order is time order. */
  start: string;
  end: string;
  durationMinutes: number;
  place: string;
  capacity: number;
  coordinatorId: string;
  roster: string[];
  waitingList: string[];
  attendance: Record<string, boolean>;
  revision: number;
}

export const groupSessionSummarySchema = new Schema<GroupSessionSummaryDocument>(
  {
    _id: { type: String, required: true },
    organisation: String,
    title: String,
    topic: String,
    start: String,
    end: String,
    durationMinutes: Number,
    place: String,
    capacity: Number,
    coordinatorId: String,
    roster: [String],
    waitingList: [String],
    attendance: Schema.Types.Mixed,
    revision: Number,
  },
  { collection: 'group_sessions', versionKey: false, minimize: false },
);
groupSessionSummarySchema.index({ organisation: 1, start: 1 });

/** When a session ends, as stored in `end`: its start plus its length. */
export function sessionEndOf(session: { start: string; durationMinutes: number }): string {
  return new Date(Date.parse(session.start) + session.durationMinutes * 60_000).toISOString();
}

/** Inject with `@Inject(GROUP_SESSION_SUMMARY_MODEL) sessions: Model<GroupSessionSummaryDocument>`. */
export const GROUP_SESSION_SUMMARY_MODEL = 'GROUP_SESSION_SUMMARY_MODEL';

export const groupSessionSummaryModelProvider: Provider = {
  provide: GROUP_SESSION_SUMMARY_MODEL,
  inject: [MONGO_CONNECTION],
  useFactory: (connection: Connection) => connection.model<GroupSessionSummaryDocument>('GroupSessionSummary', groupSessionSummarySchema),
};
