import { addDays, addMonths, daysBetween, helsinkiDate } from '@career/calendar';
import { FOLLOW_UP_NOMINAL_MONTHS, FOLLOW_UP_WINDOW_MONTHS } from '@career/contracts';
import { INITIAL_ASSESSMENT_WEEKS, initialMeetingsHeld, MIN_INITIAL_MEETINGS_HELD } from '../../guidance-process/domain/guidance-process.cadence';
import type { GuidanceProcessState } from '../../guidance-process/domain/guidance-process.state';
import { planStepReasons } from './plan-steps';
import type { WorklistFacts, WorklistReason } from './worklist.reasons';

type Process = Exclude<GuidanceProcessState, { status: 'Empty' }>;

/** The 28-day rule (docs/domain.md#structural-fund-reporting): the status at exit is known within four weeks of leaving. */
export const OUTCOME_DAYS_AFTER_EXIT = 28;

const WEEK_MS = 7 * 24 * 3_600_000;

/**
 * Why a guidance process needs its advisor's attention at `now`, looking `days` ahead for what
 * falls due. Pure: the state is the guidance-process decider's own, the facts come from other
 * services' events; nothing is read from a clock.
 */
export function processReasons(process: Process | undefined, facts: WorklistFacts | undefined, now: Date, days: number): WorklistReason[] {
  const today = helsinkiDate(now);
  const reasons: WorklistReason[] = [];
  if (process?.status === 'Open') {
    reasons.push(...initialAssessmentReasons(process, now), ...followUpReasons(process, today, days), ...nextMeetingReasons(process, now));
    reasons.push(...planStepReasons(Object.values(facts?.deadlines ?? {}), today));
  }
  if (facts?.exitDate) reasons.push(...afterExitReasons(facts, facts.exitDate, today, days));
  return reasons;
}

function initialAssessmentReasons(process: Process, now: Date): WorklistReason[] {
  if (process.phase !== 'initial-assessment') return [];
  const overdueFrom = Date.parse(process.initialAssessment.overdueFrom);
  const held = `${initialMeetingsHeld(process)} of the ${MIN_INITIAL_MEETINGS_HELD} meetings needed held`;
  if (now.getTime() >= overdueFrom) {
    const since = helsinkiDate(new Date(overdueFrom));
    return [{ code: 'initial-assessment-overdue', dueDate: since, text: `Initial assessment overdue since ${since}: past week ${INITIAL_ASSESSMENT_WEEKS}, ${held}.` }];
  }
  if (now.getTime() >= overdueFrom - WEEK_MS) {
    const lastDay = helsinkiDate(new Date(overdueFrom - 1));
    return [{ code: 'initial-assessment-last-week', dueDate: lastDay, text: `Initial assessment in its last week: complete it by ${lastDay}, ${held}.` }];
  }
  return [];
}

function followUpReasons(process: Process, today: string, days: number): WorklistReason[] {
  const due = process.nextDueDate;
  if (process.phase !== 'follow-up' || !due) return [];
  if (due < today) return [{ code: 'follow-up-missed', dueDate: due, text: `The next follow-up meeting was due by ${due} and none was booked.` }];
  if (daysBetween(today, due) <= days) return [{ code: 'follow-up-due', dueDate: due, text: `The next follow-up meeting is due by ${due}.` }];
  return [];
}

function nextMeetingReasons(process: Process, now: Date): WorklistReason[] {
  const ahead = process.meetings.some((m) => m.status === 'scheduled' && Date.parse(m.start) > now.getTime());
  if (ahead) return [];
  const past = process.meetings.filter((m) => m.status !== 'cancelled').map((m) => m.start);
  const last = past.reduce<string | undefined>((a, b) => (a === undefined || Date.parse(b) > Date.parse(a) ? b : a), undefined);
  if (last) {
    const since = helsinkiDate(new Date(last));
    return [{ code: 'no-next-meeting', dueDate: since, text: `No next meeting booked; the last one was on ${since}.` }];
  }
  const opened = helsinkiDate(new Date(process.openedAt));
  return [{ code: 'no-next-meeting', dueDate: opened, text: `No meeting booked since the process opened on ${opened}.` }];
}

function afterExitReasons(facts: WorklistFacts, exitDate: string, today: string, days: number): WorklistReason[] {
  const reasons: WorklistReason[] = [];
  const outcomeDue = addDays(exitDate, OUTCOME_DAYS_AFTER_EXIT);
  if (!facts.outcomeRecordedAt && today >= outcomeDue) {
    reasons.push({ code: 'exit-outcome-missing', dueDate: outcomeDue, text: `The outcome at exit is not recorded: the client left on ${exitDate}, ${OUTCOME_DAYS_AFTER_EXIT} days passed on ${outcomeDue}.` });
  }
  if (!facts.followUpRecordedAt) {
    const opens = addMonths(exitDate, FOLLOW_UP_WINDOW_MONTHS.from);
    const nominal = addMonths(exitDate, FOLLOW_UP_NOMINAL_MONTHS);
    const closes = addMonths(exitDate, FOLLOW_UP_WINDOW_MONTHS.to);
    if (today <= closes && (today >= opens || daysBetween(today, nominal) <= days)) {
      reasons.push({ code: 'six-month-follow-up-due', dueDate: nominal, text: `The six-month follow-up is due on ${nominal} (it can be recorded from ${opens} to ${closes}).` });
    }
  }
  return reasons;
}
