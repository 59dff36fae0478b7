import { Inject, Injectable } from '@nestjs/common';
import type { Model } from 'mongoose';
import { REMINDER_ROW_MODEL, type ReminderRowDocument } from './reminder-row.schema';

/** A client's reminder as staff see it: what, when, where it stands, its last recorded outcome. Ids and codes only. */
export interface ReminderView {
  reminderId: string;
  kind: string;
  status: string;
  dueAt: string;
  notAfter?: string;
  round: number;
  attempts: number;
  subject: Record<string, unknown>;
  last: { type: string; at: string; reason?: string; messageId?: string };
}

@Injectable()
export class ClientReminders {
  constructor(@Inject(REMINDER_ROW_MODEL) private readonly rows: Model<ReminderRowDocument>) {}

  /** Newest due first, the caller's organisation only. */
  async of(clientId: string, organisation: string): Promise<ReminderView[]> {
    const rows = await this.rows.find({ clientId, organisation }).sort({ dueAt: -1 }).lean();
    return rows.map((row) => ({
      reminderId: row._id,
      kind: row.kind,
      status: row.status,
      dueAt: row.dueAt,
      ...(row.state.notAfter ? { notAfter: row.state.notAfter } : {}),
      round: row.state.round,
      attempts: row.state.attempts,
      subject: { ...row.state.subject },
      last: row.lastEvent,
    }));
  }
}
