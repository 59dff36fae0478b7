import { initialAssessmentWeekNumber, initialMeetingsHeld, isInitialAssessmentOverdue } from '../domain/guidance-process.cadence';
import type { Direction, ProcessPhase } from '../domain/guidance-process.events';
import type { GuidanceProcessState, Meeting, MeetingChange, TrainingReferral } from '../domain/guidance-process.state';
import { slotEnd } from '../domain/time-slot';
import type { MeetingPersonalDetails, PersonalDetails } from './personal-details';

export type ProcessState = Exclude<GuidanceProcessState, { status: 'Empty' }>;

export interface MeetingView extends MeetingPersonalDetails {
  meetingId: string;
  phase: ProcessPhase;
  start: string;
  end: string;
  durationMinutes: number;
  mode: string;
  extra: boolean;
  status: Meeting['status'];
  history: MeetingChange[];
}

export interface ProcessView {
  processId: string;
  clientId: string;
  organisation: string;
  advisorId: string;
  status: 'open' | 'closed';
  phase: ProcessPhase;
  openedAt: string;
  closedAt?: string;
  closeReason?: string;
  closeNote?: string;
  initialAssessment: {
    firstWeek: string;
    /** Week of the phase the process is in now (1 = the week it opened); only while in the phase. */
    week?: number;
    meetingsHeld: number;
    overdueFrom: string;
    overdueAnnouncedAt?: string;
    completedAt?: string;
  };
  /** The initial assessment has run past week 5 without completion. */
  overdue: boolean;
  /** Follow-up phase: the Helsinki date the next individual meeting is due. */
  nextDueDate?: string;
  direction?: { direction: Direction; licenceCodes: string[]; decidedAt: string; rationale?: string };
  meetings: MeetingView[];
  referrals: (TrainingReferral & { licenceIdentifier?: string })[];
  revision: number;
  /** Some personal fields were destroyed with the client's key and are left out. */
  personalDataErased?: boolean;
}

/**
 * Which personal fields a caller sees: `location` (where to go) for staff who attend; the
 * free texts (notes, reasons, rationale) and licence numbers for advisors only.
 */
export type Disclosure = 'none' | 'location' | 'all';

export function processView(state: ProcessState, revision: number, now: Date, personal?: PersonalDetails, disclosure: Disclosure = 'none'): ProcessView {
  const ia = state.initialAssessment;
  const inInitial = state.phase === 'initial-assessment' && state.status === 'Open';
  const all = disclosure === 'all' && personal;
  return {
    processId: state.processId,
    clientId: state.clientId,
    organisation: state.organisation,
    advisorId: state.advisorId,
    status: state.status === 'Open' ? 'open' : 'closed',
    phase: state.phase,
    openedAt: state.openedAt,
    ...(state.status === 'Closed' ? { closedAt: state.closedAt, closeReason: state.closeReason } : {}),
    ...(all && personal.closeNote ? { closeNote: personal.closeNote } : {}),
    initialAssessment: {
      firstWeek: ia.firstWeek.key,
      ...(inInitial ? { week: initialAssessmentWeekNumber(state, now) } : {}),
      meetingsHeld: initialMeetingsHeld(state),
      overdueFrom: ia.overdueFrom,
      ...(ia.overdueAnnouncedAt ? { overdueAnnouncedAt: ia.overdueAnnouncedAt } : {}),
      ...(ia.completedAt ? { completedAt: ia.completedAt } : {}),
    },
    overdue: state.status === 'Open' && isInitialAssessmentOverdue(state, now),
    ...(state.nextDueDate && state.status === 'Open' ? { nextDueDate: state.nextDueDate } : {}),
    ...(state.direction
      ? { direction: { ...state.direction, ...(all && personal.rationale ? { rationale: personal.rationale } : {}) } }
      : {}),
    meetings: state.meetings.map((m) => meetingView(m, personal?.meetings[m.meetingId], disclosure)),
    referrals: state.referrals.map((r) => ({
      ...r,
      ...(all && personal.licenceIdentifiers[r.referralId] ? { licenceIdentifier: personal.licenceIdentifiers[r.referralId] } : {}),
    })),
    revision,
    ...(personal?.erased && disclosure !== 'none' ? { personalDataErased: true } : {}),
  };
}

function meetingView(meeting: Meeting, personal: MeetingPersonalDetails | undefined, disclosure: Disclosure): MeetingView {
  const { history, ...rest } = meeting;
  const shown: MeetingPersonalDetails =
    !personal || disclosure === 'none' ? {} : disclosure === 'location' ? { location: personal.location } : personal;
  return {
    ...rest,
    end: slotEnd(meeting).toISOString(),
    history,
    ...Object.fromEntries(Object.entries(shown).filter(([, value]) => value !== undefined)),
  };
}
