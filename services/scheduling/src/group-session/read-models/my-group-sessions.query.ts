import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Model } from 'mongoose';
import { GROUP_SESSION_SUMMARY_MODEL, type GroupSessionSummaryDocument } from './group-session-summary.schema';
import { sessionDescriptionOf } from './group-sessions.query';

/** A group session as one participant sees it: the session and their own place in it, nobody else's. */
export interface MyGroupSession {
  sessionId: string;
  title: string;
  topic: string;
  start: string;
  end: string;
  durationMinutes: number;
  place: string;
  /** On the roster, or queueing on the waiting list (`position`, 1-based, as it is now). */
  status: 'enrolled' | 'waitlisted';
  position?: number;
  /** Once the coordinator recorded attendance. */
  attended?: boolean;
}

/**
 * What one client sees of a session row: never the roster, the waiting list or anyone else's
 * attendance (other participants' client ids), nor the coordinator. Undefined when the client
 * is neither enrolled nor waiting (a withdrawal took them off).
 */
export function myGroupSessionOf(row: GroupSessionSummaryDocument, clientId: string): MyGroupSession | undefined {
  const waiting = row.waitingList.indexOf(clientId);
  const enrolled = row.roster.includes(clientId);
  if (!enrolled && waiting < 0) return undefined;
  const attended = row.attendance?.[clientId];
  return {
    ...sessionDescriptionOf(row),
    status: enrolled ? 'enrolled' : 'waitlisted',
    ...(enrolled ? {} : { position: waiting + 1 }),
    ...(attended !== undefined ? { attended } : {}),
  };
}

/** The signed-in client's group sessions in their organisation (enrolled or waiting), by start time. */
export class MyGroupSessionsQuery {
  constructor(
    readonly clientId: string,
    readonly organisation: string,
  ) {}
}

@QueryHandler(MyGroupSessionsQuery)
export class MyGroupSessionsHandler implements IQueryHandler<MyGroupSessionsQuery, { items: MyGroupSession[] }> {
  constructor(@Inject(GROUP_SESSION_SUMMARY_MODEL) private readonly sessions: Model<GroupSessionSummaryDocument>) {}

  async execute({ clientId, organisation }: MyGroupSessionsQuery): Promise<{ items: MyGroupSession[] }> {
    const rows = await this.sessions.find({ organisation, $or: [{ roster: clientId }, { waitingList: clientId }] }).sort({ start: 1 }).lean();
    return { items: rows.flatMap((row) => myGroupSessionOf(row, clientId) ?? []) };
  }
}
