import { Schema, type Connection, type Model } from 'mongoose';

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

export const GROUP_SESSION_SUMMARY_MODEL = 'GROUP_SESSION_SUMMARY_MODEL';

export function groupSessionSummaryModel(connection: Connection): Model<GroupSessionSummaryDocument> {
  return connection.model<GroupSessionSummaryDocument>('GroupSessionSummary', groupSessionSummarySchema);
}
