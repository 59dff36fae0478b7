import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DomainError, fold, streamIdOf, type EventStore } from '@career/event-sourcing';
import { EVENT_STORE } from '@career/event-store';
import { groupSessionDecider } from '../group-session.decider';
import { GROUP_SESSION_CATEGORY, type GroupSessionEvent, type GroupSessionScheduled } from '../group-session.events';
import { groupSessionView, type GroupSessionView } from './group-sessions.query';

/** One session as of its latest event (read from its stream, so a write is visible at once). */
export class GetGroupSessionQuery {
  constructor(
    readonly sessionId: string,
    readonly organisation: string,
  ) {}
}

@QueryHandler(GetGroupSessionQuery)
export class GetGroupSessionHandler implements IQueryHandler<GetGroupSessionQuery, GroupSessionView> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ sessionId, organisation }: GetGroupSessionQuery): Promise<GroupSessionView> {
    const recorded = await this.store.readStream(streamIdOf(GROUP_SESSION_CATEGORY, sessionId));
    const state = fold(groupSessionDecider, recorded as unknown as GroupSessionEvent[]);
    if (state.status === 'Empty' || state.organisation !== organisation) {
      throw new DomainError('SESSION.NOT_FOUND', 'No group session with this id.', {}, 'not-found');
    }
    const described = (recorded[0] as unknown as GroupSessionScheduled).data;
    return groupSessionView({
      _id: sessionId,
      organisation,
      title: described.title,
      topic: described.topic,
      place: described.place,
      start: state.start,
      end: new Date(Date.parse(state.start) + state.durationMinutes * 60_000).toISOString(),
      durationMinutes: state.durationMinutes,
      capacity: state.capacity,
      coordinatorId: state.coordinatorId,
      roster: state.roster,
      waitingList: state.waitingList,
      attendance: state.attendance,
      revision: recorded[recorded.length - 1].revision,
    });
  }
}
