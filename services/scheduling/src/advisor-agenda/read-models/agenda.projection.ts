import type { RecordedEvent } from '@career/event-sourcing';
import { applyGuarded, defineProjection, type Projection } from '@career/projections';
import { omitUndefined, type Model } from 'mongoose';
import { GUIDANCE_PROCESS_CATEGORY, guidanceProcessEventOf } from '../../guidance-process/domain/guidance-process.events';
import { slotEnd } from '../../guidance-process/domain/time-slot';
import { AGENDA_MEETING_MODEL, type AgendaMeetingDocument } from './agenda-meeting.schema';

const STREAM_PREFIX = `${GUIDANCE_PROCESS_CATEGORY}-`;


/**
 * agenda_meetings: one row per meeting, guarded by the process stream's revision (a meeting's
 * events are a subsequence of its process's stream, so revisions only grow per row).
 */
export function agendaProjection(model: Model<AgendaMeetingDocument>): Projection {
  return {
    collections: [model],
    async apply(recorded: RecordedEvent) {
      if (!recorded.streamId.startsWith(STREAM_PREFIX)) return;
      const event = guidanceProcessEventOf(recorded);
      const guard = { key: 'revision', value: recorded.revision };
      switch (event.type) {
        case 'MeetingScheduled': {
          const d = event.data;
          await applyGuarded(model, d.meetingId, guard, {
            $set: omitUndefined({
              processId: recorded.streamId.slice(STREAM_PREFIX.length),
              clientId: recorded.metadata.clientId,
              organisation: recorded.metadata.organisation,
              advisorId: d.advisorId,
              phase: d.phase,
              start: d.start,
              end: slotEnd(d).toISOString(),
              durationMinutes: d.durationMinutes,
              mode: d.mode,
              encryptedLocation: d.location === undefined ? undefined : JSON.stringify(d.location),
              extra: d.extra,
              status: 'scheduled',
              moves: 0,
            }),
          });
          return;
        }
        case 'MeetingMoved': {
          const { start, durationMinutes } = event.data.to;
          await applyGuarded(model, event.data.meetingId, guard, {
            $set: { start, durationMinutes, end: slotEnd(event.data.to).toISOString() },
            $inc: { moves: 1 },
          });
          return;
        }
        case 'MeetingCancelled':
          await applyGuarded(model, event.data.meetingId, guard, { $set: { status: 'cancelled' } });
          return;
        case 'MeetingHeld':
          await applyGuarded(model, event.data.meetingId, guard, { $set: { status: 'held' } });
          return;
        case 'MeetingNoShowRecorded':
          await applyGuarded(model, event.data.meetingId, guard, { $set: { status: 'no-show' } });
          return;
        default:
          return;
      }
    },
  };
}

/** Checkpoint `scheduling.agenda`. */
export const advisorAgenda = defineProjection({
  name: 'agenda',
  categories: [GUIDANCE_PROCESS_CATEGORY],
  inject: [AGENDA_MEETING_MODEL],
  create: agendaProjection,
});
