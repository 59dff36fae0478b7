import type { Provider } from '@nestjs/common';
import { MONGO_CONNECTION } from '@career/platform';
import { Schema, type Connection } from 'mongoose';
import type { MeetingStatus } from '../../guidance-process/domain/guidance-process.state';

/**
 * One row per individual meeting, for advisors' agendas and the double-booking check. The
 * location is kept exactly as stored in the event (encrypted with the client's key), so
 * destroying the key erases it here too; notes are never copied here.
 */
export interface AgendaMeetingDocument {
  _id: string;
  processId: string;
  clientId: string;
  organisation: string;
  advisorId: string;
  phase: string;
  /** ISO instants in UTC (`toISOString()`), so string order is time order. */
  start: string;
  end: string;
  durationMinutes: number;
  mode: string;
  /**
   * The event's encrypted location as JSON text: an EncryptedValue's `$enc` key cannot be a
   * MongoDB field name.
   */
  encryptedLocation?: string;
  extra: boolean;
  status: MeetingStatus;
  /** How many times the meeting was moved: the calendar SEQUENCE. */
  moves: number;
  /** The guidance-process stream revision last applied to this row. */
  revision: number;
}

export const agendaMeetingSchema = new Schema<AgendaMeetingDocument>(
  {
    _id: { type: String, required: true },
    processId: { type: String, index: true },
    clientId: String,
    organisation: String,
    advisorId: String,
    phase: String,
    start: String,
    end: String,
    durationMinutes: Number,
    mode: String,
    encryptedLocation: String,
    extra: Boolean,
    status: String,
    moves: { type: Number, default: 0 },
    revision: Number,
  },
  { collection: 'agenda_meetings', versionKey: false, minimize: false },
);
agendaMeetingSchema.index({ advisorId: 1, start: 1 });

/** Inject with `@Inject(AGENDA_MEETING_MODEL) agenda: Model<AgendaMeetingDocument>`. */
export const AGENDA_MEETING_MODEL = 'AGENDA_MEETING_MODEL';

export const agendaMeetingModelProvider: Provider = {
  provide: AGENDA_MEETING_MODEL,
  inject: [MONGO_CONNECTION],
  useFactory: (connection: Connection) => connection.model<AgendaMeetingDocument>('AgendaMeeting', agendaMeetingSchema),
};

/** Meetings that keep the advisor busy: booked or done. Cancelled and no-show ones free the time. */
export const OCCUPYING_STATUSES: readonly MeetingStatus[] = ['scheduled', 'held'];
