import { addDays, helsinkiDate } from '@career/calendar';
import type { WorklistReason } from './worklist.reasons';

/** A group session as the coordinator's worklist needs it (no client ids). */
export interface SessionFacts {
  title: string;
  start: string;
  capacity: number;
  enrolled: number;
  waiting: number;
}

/**
 * The coordinator's group sessions (docs/domain.md#the-process, step 3): a session starting
 * within `days` with free places to fill, and any session still ahead with people waiting.
 */
export function sessionReasons(session: SessionFacts, now: Date, days: number): WorklistReason[] {
  if (Date.parse(session.start) <= now.getTime()) return [];
  const date = helsinkiDate(new Date(session.start));
  const reasons: WorklistReason[] = [];
  if (session.waiting > 0) {
    reasons.push({ code: 'session-waiting-list', dueDate: date, text: `"${session.title}" on ${date}: ${session.waiting} waiting for a place.` });
  }
  const free = session.capacity - session.enrolled;
  if (free > 0 && date <= addDays(helsinkiDate(now), days)) {
    reasons.push({ code: 'session-free-places', dueDate: date, text: `"${session.title}" on ${date}: ${free} of ${session.capacity} places free.` });
  }
  return reasons;
}
