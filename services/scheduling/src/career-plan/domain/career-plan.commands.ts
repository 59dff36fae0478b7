import type { Command } from '@career/event-sourcing';
import type { MeetingStatus } from '../../guidance-process/domain/guidance-process.state';
import type { GoalKind, GoalWhat, Party, StepLink, StepProgressEntry } from './career-plan.events';

/** Sent when the guidance process opens (the plan starts with it); `openedAt` is the process's. */
export type OpenPlan = Command<'OpenPlan', { planId: string; processId: string; clientId: string; organisation: string; openedAt: string }>;

/** Sent when the guidance process closes: the plan closes with it. */
export type ClosePlan = Command<'ClosePlan', Record<string, never>>;

export type SetGoal = Command<'SetGoal', { goalId: string; kind: GoalKind; what: GoalWhat; targetDate: string }>;

/** Only the fields given change; the rest stay. */
export type ReviseGoal = Command<'ReviseGoal', { goalId: string; kind?: GoalKind; what?: GoalWhat; targetDate?: string }>;

export type AchieveGoal = Command<'AchieveGoal', { goalId: string }>;

/** Dropping a goal drops its open steps with the same reason. */
export type DropGoal = Command<'DropGoal', { goalId: string; reason: string }>;

/**
 * `goalId` may be missing: the decider refuses a step without a goal (a rule, 409). `by` is the
 * party adding it: a client adds only steps they do themselves.
 */
export type AddStep = Command<
  'AddStep',
  { stepId: string; goalId?: string; title: string; owner: Party; dueDate: string; link?: StepLink; by: Party }
>;

/** Only the fields given change; `link: null` removes the link. */
export type ReviseStep = Command<
  'ReviseStep',
  { stepId: string; title?: string; owner?: Party; dueDate?: string; link?: StepLink | null }
>;

/** `by` the party marking it done: a client only their own steps. */
export type CompleteStep = Command<'CompleteStep', { stepId: string; by: Party }>;

export type DropStep = Command<'DropStep', { stepId: string; reason: string }>;

/** One party confirms the draft `version` they saw (HTTP pins the exact draft with If-Match). */
export type ConfirmVersion = Command<'ConfirmVersion', { version: number; by: Party }>;

/**
 * A review at one of the process's meetings. `meeting` is that meeting as the process knows it
 * (read from the process's stream by the caller), or undefined when the process has none with
 * that id.
 */
export type RecordReview = Command<
  'RecordReview',
  { reviewId: string; meetingId: string; meeting?: { status: MeetingStatus }; progress: StepProgressEntry[]; notes: string }
>;

export type CareerPlanCommand =
  | OpenPlan
  | ClosePlan
  | SetGoal
  | ReviseGoal
  | AchieveGoal
  | DropGoal
  | AddStep
  | ReviseStep
  | CompleteStep
  | DropStep
  | ConfirmVersion
  | RecordReview;
