import type { RecordedEvent } from '@career/event-sourcing';
import { applyGuarded, defineProjection, type Projection } from '@career/projections';
import type { Model } from 'mongoose';
import { groupSessionDecider, type GroupSessionState } from '../domain/group-session.decider';
import { GROUP_SESSION_CATEGORY, groupSessionEventOf } from '../domain/group-session.events';
import { GROUP_SESSION_SUMMARY_MODEL, sessionEndOf, type GroupSessionSummaryDocument } from './group-session-summary.schema';

const STREAM_PREFIX = `${GROUP_SESSION_CATEGORY}-`;

/** group_sessions: the decider's state evolved by each event, plus the session's description. */
export function groupSessionSummaryProjection(model: Model<GroupSessionSummaryDocument>): Projection {
  return {
    collections: [model],
    async apply(recorded: RecordedEvent) {
      if (!recorded.streamId.startsWith(STREAM_PREFIX)) return;
      const sessionId = recorded.streamId.slice(STREAM_PREFIX.length);
      const event = groupSessionEventOf(recorded);
      const current = await model.findById(sessionId).lean();
      if (current && current.revision >= recorded.revision) return;
      const before: GroupSessionState = current
        ? {
            status: 'Scheduled',
            sessionId,
            organisation: current.organisation,
            coordinatorId: current.coordinatorId,
            start: current.start,
            durationMinutes: current.durationMinutes,
            capacity: current.capacity,
            roster: current.roster,
            waitingList: current.waitingList,
            attendance: current.attendance ?? {},
          }
        : groupSessionDecider.initialState();
      const after = groupSessionDecider.evolve(before, event);
      if (after.status === 'Empty') return;
      const description =
        event.type === 'GroupSessionScheduled'
          ? {
              title: event.data.title,
              topic: event.data.topic,
              place: event.data.place,
              end: sessionEndOf(event.data),
            }
          : {};
      await applyGuarded(model, sessionId, { key: 'revision', value: recorded.revision }, {
        $set: {
          ...description,
          organisation: after.organisation,
          coordinatorId: after.coordinatorId,
          start: after.start,
          durationMinutes: after.durationMinutes,
          capacity: after.capacity,
          roster: after.roster,
          waitingList: after.waitingList,
          attendance: after.attendance,
        },
      });
    },
  };
}

/** Checkpoint `scheduling.group-sessions`. */
export const groupSessionSummaries = defineProjection({
  name: 'group-sessions',
  categories: [GROUP_SESSION_CATEGORY],
  inject: [GROUP_SESSION_SUMMARY_MODEL],
  create: groupSessionSummaryProjection,
});
