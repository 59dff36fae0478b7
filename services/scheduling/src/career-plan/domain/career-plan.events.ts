import type { DomainEvent, RecordedEvent } from '@career/event-sourcing';

/** Streams are `careerPlan-<processId>`: the plan's id is its guidance process's, one plan per process. */
export const CAREER_PLAN_CATEGORY = 'careerPlan';

export type GoalKind = 'employment' | 'study' | 'own-business' | 'other';
export const GOAL_KINDS: readonly GoalKind[] = ['employment', 'study', 'own-business', 'other'];

/** The two parties to the plan: who does a step, who confirms a version. */
export type Party = 'client' | 'advisor';
export const PARTIES: readonly Party[] = ['client', 'advisor'];

/** A service of this system a step leads to: a meeting, a group session, a licence training (referral) or a document. */
export type StepLinkKind = 'meeting' | 'group-session' | 'licence-training' | 'document';
export const STEP_LINK_KINDS: readonly StepLinkKind[] = ['meeting', 'group-session', 'licence-training', 'document'];
export interface StepLink {
  kind: StepLinkKind;
  id: string;
}

/**
 * What a goal aims at, in words: the occupation (with its ESCO concept where one fits), the
 * field of study, the business idea, or anything else. Personal data as a whole.
 */
export interface GoalWhat {
  label: string;
  /** An ESCO occupation URI (http://data.europa.eu/esco/occupation/<uuid>) when one fits. */
  escoUri?: string;
}

/** How a step stands at a review. */
export type StepProgress = 'not-started' | 'in-progress' | 'done' | 'stuck';
export const STEP_PROGRESS: readonly StepProgress[] = ['not-started', 'in-progress', 'done', 'stuck'];

export interface StepProgressEntry {
  stepId: string;
  progress: StepProgress;
}

/**
 * Every change of goals and steps names the draft `version` it belongs to: the agreed
 * version's number + 1 for the first change after an agreement (docs/domain.md#the-career-plan).
 * Dates are `YYYY-MM-DD` (libs/calendar), times ISO 8601 instants in UTC.
 */
export type CareerPlanStarted = DomainEvent<
  'CareerPlanStarted',
  { planId: string; processId: string; clientId: string; organisation: string; startedOn: string; startedAt: string }
>;

export type CareerGoalSet = DomainEvent<
  'CareerGoalSet',
  { goalId: string; kind: GoalKind; what: GoalWhat; targetDate: string; version: number; setAt: string }
>;

/** The goal as it now reads (every field, changed or not). */
export type CareerGoalRevised = DomainEvent<
  'CareerGoalRevised',
  { goalId: string; kind: GoalKind; what: GoalWhat; targetDate: string; version: number; revisedAt: string }
>;

export type CareerGoalAchieved = DomainEvent<
  'CareerGoalAchieved',
  { goalId: string; kind: GoalKind; targetDate: string; version: number; achievedAt: string }
>;

export type CareerGoalDropped = DomainEvent<
  'CareerGoalDropped',
  { goalId: string; kind: GoalKind; targetDate: string; reason: string; version: number; droppedAt: string }
>;

export type CareerStepAdded = DomainEvent<
  'CareerStepAdded',
  { stepId: string; goalId: string; title: string; owner: Party; dueDate: string; link?: StepLink; addedBy: Party; version: number; addedAt: string }
>;

/** The step as it now reads (every field, changed or not; no `link` when it has none). */
export type CareerStepRevised = DomainEvent<
  'CareerStepRevised',
  { stepId: string; goalId: string; title: string; owner: Party; dueDate: string; link?: StepLink; version: number; revisedAt: string }
>;

export type CareerStepDone = DomainEvent<
  'CareerStepDone',
  { stepId: string; goalId: string; owner: Party; dueDate: string; doneBy: Party; version: number; doneAt: string }
>;

export type CareerStepDropped = DomainEvent<
  'CareerStepDropped',
  { stepId: string; goalId: string; owner: Party; dueDate: string; reason: string; version: number; droppedAt: string }
>;

/** One party confirmed the draft `version` as it stood. */
export type CareerPlanVersionConfirmed = DomainEvent<'CareerPlanVersionConfirmed', { version: number; by: Party; confirmedAt: string }>;

/** Both parties confirmed the same draft: it is agreed, and stays readable as it was. */
export type CareerPlanAgreed = DomainEvent<'CareerPlanAgreed', { version: number; goalKinds: GoalKind[]; agreedAt: string }>;

/** A review at a meeting of the process: how each step stands, and the advisor's notes. */
export type CareerPlanReviewed = DomainEvent<
  'CareerPlanReviewed',
  { reviewId: string; meetingId: string; progress: StepProgressEntry[]; notes: string; reviewedAt: string }
>;

/** The guidance process closed, and the plan with it. */
export type CareerPlanClosed = DomainEvent<'CareerPlanClosed', { closedAt: string }>;

export type CareerPlanEvent =
  | CareerPlanStarted
  | CareerGoalSet
  | CareerGoalRevised
  | CareerGoalAchieved
  | CareerGoalDropped
  | CareerStepAdded
  | CareerStepRevised
  | CareerStepDone
  | CareerStepDropped
  | CareerPlanVersionConfirmed
  | CareerPlanAgreed
  | CareerPlanReviewed
  | CareerPlanClosed;

/** A stored event as the decider's union (the store types `type` and `data` apart, so one cast, here). */
export function careerPlanEventOf(recorded: Pick<RecordedEvent, 'type' | 'data'>): CareerPlanEvent {
  return { type: recorded.type, data: recorded.data } as CareerPlanEvent;
}

/**
 * Payload fields that are personal data, encrypted with the client's key at rest (libs/privacy)
 * and never published: every free text (what a goal aims at, a step's title, a reason, the
 * review notes can say anything about the client).
 */
export const PERSONAL_FIELDS: Readonly<Record<CareerPlanEvent['type'], readonly string[]>> = {
  CareerPlanStarted: [],
  CareerGoalSet: ['what'],
  CareerGoalRevised: ['what'],
  CareerGoalAchieved: [],
  CareerGoalDropped: ['reason'],
  CareerStepAdded: ['title'],
  CareerStepRevised: ['title'],
  CareerStepDone: [],
  CareerStepDropped: ['reason'],
  CareerPlanVersionConfirmed: [],
  CareerPlanAgreed: [],
  CareerPlanReviewed: ['notes'],
  CareerPlanClosed: [],
};

/** Current schema version of each event type (a new version comes with an upcaster). */
export const CAREER_PLAN_SCHEMA_VERSIONS: Record<CareerPlanEvent['type'], number> = {
  CareerPlanStarted: 1,
  CareerGoalSet: 1,
  CareerGoalRevised: 1,
  CareerGoalAchieved: 1,
  CareerGoalDropped: 1,
  CareerStepAdded: 1,
  CareerStepRevised: 1,
  CareerStepDone: 1,
  CareerStepDropped: 1,
  CareerPlanVersionConfirmed: 1,
  CareerPlanAgreed: 1,
  CareerPlanReviewed: 1,
  CareerPlanClosed: 1,
};
