import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { isEncryptedValue, PersonalDataCipher, type EncryptedValue } from '@career/privacy';
import type { Model } from 'mongoose';
import type { MeetingStatus } from '../../guidance-process/domain/guidance-process.state';
import { AGENDA_MEETING_MODEL, type AgendaMeetingDocument } from './agenda-meeting.schema';

export interface AgendaItem {
  meetingId: string;
  processId: string;
  clientId: string;
  phase: string;
  start: string;
  end: string;
  durationMinutes: number;
  mode: string;
  extra: boolean;
  status: MeetingStatus;
  moves: number;
  location?: string;
}

/** An advisor's meetings overlapping a time range, in the caller's organisation, by start time. */
export class AgendaQuery {
  constructor(
    readonly advisorId: string,
    readonly organisation: string,
    readonly range: { from: Date; to: Date },
  ) {}
}

@QueryHandler(AgendaQuery)
export class AgendaHandler implements IQueryHandler<AgendaQuery, AgendaItem[]> {
  constructor(
    @Inject(AGENDA_MEETING_MODEL) private readonly agenda: Model<AgendaMeetingDocument>,
    private readonly cipher: PersonalDataCipher,
  ) {}

  async execute({ advisorId, organisation, range }: AgendaQuery): Promise<AgendaItem[]> {
    const rows = await this.agenda
      .find({ advisorId, organisation, start: { $lt: range.to.toISOString() }, end: { $gt: range.from.toISOString() } })
      .sort({ start: 1 })
      .lean();
    return Promise.all(
      rows.map(async (row) => {
        const location = await this.locationOf(row);
        return {
          meetingId: row._id,
          processId: row.processId,
          clientId: row.clientId,
          phase: row.phase,
          start: row.start,
          end: row.end,
          durationMinutes: row.durationMinutes,
          mode: row.mode,
          extra: row.extra,
          status: row.status,
          moves: row.moves ?? 0,
          ...(location ? { location } : {}),
        };
      }),
    );
  }

  /** The row keeps the event's ciphertext; it reads as nothing once the client's key is destroyed. */
  private async locationOf(row: AgendaMeetingDocument): Promise<string | undefined> {
    const stored: unknown = row.encryptedLocation ? JSON.parse(row.encryptedLocation) : undefined;
    if (!isEncryptedValue(stored)) return undefined;
    const value = await this.cipher.decrypt(row.clientId, stored as EncryptedValue, 'location');
    return typeof value === 'string' ? value : undefined;
  }
}
