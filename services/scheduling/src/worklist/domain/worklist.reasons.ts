import type { Party } from '../../career-plan/domain/career-plan.events';

/**
 * Why a row is on a worklist (docs/domain.md#the-process and #structural-fund-reporting), most
 * pressing kinds first: the order breaks ties between rows due the same day.
 */
export const WORKLIST_REASONS = [
  'initial-assessment-overdue',
  'follow-up-missed',
  'exit-outcome-missing',
  'plan-step-overdue',
  'initial-assessment-last-week',
  'follow-up-due',
  'six-month-follow-up-due',
  'no-next-meeting',
  'session-waiting-list',
  'session-free-places',
] as const;
export type WorklistReasonCode = (typeof WORKLIST_REASONS)[number];

/** One reason a record needs attention: a code, a sentence for people, and the date it is (or was) due, Helsinki calendar. */
export interface WorklistReason {
  code: WorklistReasonCode;
  text: string;
  dueDate: string;
}

/**
 * A dated duty written into the worklist facts by a projection of another of scheduling's
 * streams, listed as overdue once its date has passed while the process is open. The career
 * plan's open steps arrive this way (`plan-step-overdue`, keyed by step id: plan-steps.ts).
 */
export interface Deadline {
  reason: Extract<WorklistReasonCode, 'plan-step-overdue'>;
  dueDate: string;
  /** Who does the step. */
  owner: Party;
}

/** What scheduling learns of a process from other services' facts (outcomes, exit) and from its other streams (deadlines). */
export interface WorklistFacts {
  exitDate?: string;
  outcomeRecordedAt?: string;
  followUpRecordedAt?: string;
  deadlines?: Record<string, Deadline>;
}
