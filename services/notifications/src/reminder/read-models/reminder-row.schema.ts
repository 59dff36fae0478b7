import type { Provider } from '@nestjs/common';
import { MONGO_CONNECTION } from '@career/platform';
import { Schema, type Connection } from 'mongoose';
import type { ReminderState } from '../domain/reminder.state';

/**
 * One row per reminder: the decider's own state (ids, times, codes: nothing personal), the
 * moment the dispatcher should look at it next, and the last outcome for the API.
 */
export interface ReminderRowDocument {
  _id: string;
  organisation: string;
  kind: string;
  clientId?: string;
  advisorId?: string;
  status: string;
  dueAt: string;
  /** When the dispatcher should look at it next (due, retry, lease end); absent once settled. */
  wakeAt?: string;
  lastEvent: { type: string; at: string; reason?: string; messageId?: string };
  state: Exclude<ReminderState, { status: 'Empty' }>;
  revision: number;
}

export const reminderRowSchema = new Schema<ReminderRowDocument>(
  {
    _id: { type: String, required: true },
    organisation: String,
    kind: String,
    clientId: { type: String, index: true },
    advisorId: String,
    status: String,
    dueAt: String,
    wakeAt: String,
    lastEvent: Schema.Types.Mixed,
    state: Schema.Types.Mixed,
    revision: Number,
  },
  { collection: 'reminders', versionKey: false, minimize: false },
);
reminderRowSchema.index({ wakeAt: 1 });

export const REMINDER_ROW_MODEL = 'REMINDER_ROW_MODEL';

export const reminderRowModelProvider: Provider = {
  provide: REMINDER_ROW_MODEL,
  inject: [MONGO_CONNECTION],
  useFactory: (connection: Connection) => connection.model<ReminderRowDocument>('ReminderRow', reminderRowSchema),
};
