import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Model } from 'mongoose';
import { GROUP_SESSION_SUMMARY_MODEL, type GroupSessionSummaryDocument } from './group-session-summary.schema';

export interface GroupSessionView {
  sessionId: string;
  title: string;
  topic: string;
  start: string;
  end: string;
  durationMinutes: number;
  place: string;
  capacity: number;
  coordinatorId: string;
  enrolled: number;
  seatsLeft: number;
  roster: string[];
  waitingList: string[];
  attendance: Record<string, boolean>;
  revision: number;
}

/** What a session is, when and where: what anyone who may see the session sees of it. */
export function sessionDescriptionOf(row: GroupSessionSummaryDocument): Pick<GroupSessionView, 'sessionId' | 'title' | 'topic' | 'start' | 'end' | 'durationMinutes' | 'place'> {
  return { sessionId: row._id, title: row.title, topic: row.topic, start: row.start, end: row.end, durationMinutes: row.durationMinutes, place: row.place };
}

export function groupSessionView(row: GroupSessionSummaryDocument): GroupSessionView {
  return {
    ...sessionDescriptionOf(row),
    capacity: row.capacity,
    coordinatorId: row.coordinatorId,
    enrolled: row.roster.length,
    seatsLeft: Math.max(0, row.capacity - row.roster.length),
    roster: row.roster,
    waitingList: row.waitingList,
    attendance: row.attendance ?? {},
    revision: row.revision,
  };
}

/** Group sessions of the caller's organisation overlapping a time range, by start time. */
export class GroupSessionsQuery {
  constructor(
    readonly organisation: string,
    readonly range: { from: Date; to: Date },
  ) {}
}

@QueryHandler(GroupSessionsQuery)
export class GroupSessionsHandler implements IQueryHandler<GroupSessionsQuery, { items: GroupSessionView[] }> {
  constructor(@Inject(GROUP_SESSION_SUMMARY_MODEL) private readonly sessions: Model<GroupSessionSummaryDocument>) {}

  async execute({ organisation, range }: GroupSessionsQuery): Promise<{ items: GroupSessionView[] }> {
    const rows = await this.sessions
      .find({ organisation, start: { $lt: range.to.toISOString() }, end: { $gt: range.from.toISOString() } })
      .sort({ start: 1 })
      .lean();
    return { items: rows.map(groupSessionView) };
  }
}
