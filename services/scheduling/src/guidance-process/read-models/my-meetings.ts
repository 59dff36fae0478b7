import type { ProcessView } from './process-view';

/** One of the client's meetings, as the client sees it: when, where, how, what became of it. */
export interface MyMeeting {
  processId: string;
  meetingId: string;
  phase: ProcessView['meetings'][number]['phase'];
  start: string;
  end: string;
  durationMinutes: number;
  mode: string;
  status: ProcessView['meetings'][number]['status'];
  /** Where to go (in person), when the advisor gave a place. */
  location?: string;
  /** Booked, moved (from when to when, by whom), cancelled, held, missed: never a reason or a note. */
  history: ProcessView['meetings'][number]['history'];
}

export interface MyProcess {
  processId: string;
  status: ProcessView['status'];
  phase: ProcessView['phase'];
  advisorId: string;
  openedAt: string;
  closedAt?: string;
  /** Follow-up phase: the Helsinki date the next individual meeting is due. */
  nextDueDate?: string;
}

export interface MyMeetings {
  clientId: string;
  processes: MyProcess[];
  /** Every meeting of every process, by start time. */
  meetings: MyMeeting[];
}

/**
 * What the client sees of their guidance processes (`GET /api/v1/me/meetings`), from views built
 * with the `location` disclosure: the meetings with their place, and nothing an advisor wrote
 * (notes, reasons for an extra meeting, a move or a cancellation, the direction's rationale,
 * the closing note). Advisors' notes never reach the client (docs/domain.md#personal-data).
 * Fields are picked one by one, so a field added to the staff view cannot leak here.
 */
export function myMeetingsOf(clientId: string, views: readonly ProcessView[]): MyMeetings {
  const processes = views.map(
    (view): MyProcess => ({
      processId: view.processId,
      status: view.status,
      phase: view.phase,
      advisorId: view.advisorId,
      openedAt: view.openedAt,
      ...(view.closedAt ? { closedAt: view.closedAt } : {}),
      ...(view.nextDueDate ? { nextDueDate: view.nextDueDate } : {}),
    }),
  );
  const meetings = views
    .flatMap((view) =>
      view.meetings.map(
        (m): MyMeeting => ({
          processId: view.processId,
          meetingId: m.meetingId,
          phase: m.phase,
          start: m.start,
          end: m.end,
          durationMinutes: m.durationMinutes,
          mode: m.mode,
          status: m.status,
          ...(m.location ? { location: m.location } : {}),
          history: m.history,
        }),
      ),
    )
    .sort((a, b) => a.start.localeCompare(b.start));
  return { clientId, processes, meetings };
}
