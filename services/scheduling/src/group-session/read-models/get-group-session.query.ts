import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Access, CommandSideOf } from '@career/event-sourcing';
import { refuse } from '../../scheduling.errors';
import { groupSession } from '../domain/group-session.aggregate';
import { groupSessionEventOf } from '../domain/group-session.events';
import { sessionEndOf } from './group-session-summary.schema';
import { groupSessionView, type GroupSessionView } from './group-sessions.query';

/** One session as of its latest event (read from its stream, so a write is visible at once). */
export class GetGroupSessionQuery {
  constructor(
    readonly sessionId: string,
    readonly access: Access,
  ) {}
}

@QueryHandler(GetGroupSessionQuery)
export class GetGroupSessionHandler implements IQueryHandler<GetGroupSessionQuery, GroupSessionView> {
  constructor(@Inject(groupSession.token) private readonly sessions: CommandSideOf<typeof groupSession>) {}

  async execute({ sessionId, access }: GetGroupSessionQuery): Promise<GroupSessionView> {
    const { state, events, revision } = await this.sessions.load(sessionId, access);
    // The stream opens with the scheduling, which alone describes the session.
    const scheduled = groupSessionEventOf(events[0]);
    if (state.status === 'Empty' || scheduled.type !== 'GroupSessionScheduled') throw refuse('SESSION.NOT_FOUND');
    const { title, topic, place } = scheduled.data;
    return groupSessionView({
      _id: sessionId,
      organisation: state.organisation,
      title,
      topic,
      place,
      start: state.start,
      end: sessionEndOf(state),
      durationMinutes: state.durationMinutes,
      capacity: state.capacity,
      coordinatorId: state.coordinatorId,
      roster: state.roster,
      waitingList: state.waitingList,
      attendance: state.attendance,
      revision,
    });
  }
}
