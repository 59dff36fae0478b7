import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Model } from 'mongoose';
import { PARTICIPANT_MODEL, type ParticipantDocument } from '../participants/participant.schema';
import { suppressSmall, type Cell } from './small-cells';

export class ParticipantsReportQuery {
  /** undefined = every organisation (administrators). */
  constructor(readonly organisation: string | undefined) {}
}

export interface ParticipantsReport {
  byOrganisation: { organisation: string; participants: Cell }[];
}

@QueryHandler(ParticipantsReportQuery)
export class ParticipantsReportHandler implements IQueryHandler<ParticipantsReportQuery, ParticipantsReport> {
  constructor(@Inject(PARTICIPANT_MODEL) private readonly participants: Model<ParticipantDocument>) {}

  async execute({ organisation }: ParticipantsReportQuery): Promise<ParticipantsReport> {
    const filter = organisation ? { organisation } : {};
    // FerretDB 1.x supports $group; counting server-side keeps rows out of this process.
    const rows = await this.participants.aggregate<{ _id: string; count: number }>([
      { $match: filter },
      { $group: { _id: '$organisation', count: { $sum: 1 } } },
      { $sort: { _id: 1 } },
    ]);
    return { byOrganisation: rows.map((row) => ({ organisation: row._id, participants: suppressSmall(row.count) })) };
  }
}
