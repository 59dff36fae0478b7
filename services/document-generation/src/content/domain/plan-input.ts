/**
 * What a career-plan document is built from: one agreed version of the plan as scheduling
 * serves it (`GET /internal/v1/career-plans/:planId/versions/:version`), read at render time.
 * The value types mirror scheduling's; they are repeated here, not imported, because a service
 * never depends on another service's code.
 */
import type { ContactInput, DocumentLanguage } from './profile-input';

export type PlanGoalKind = 'employment' | 'study' | 'own-business' | 'other';
export type PlanGoalStatus = 'active' | 'achieved' | 'dropped';
export type PlanStepStatus = 'open' | 'done' | 'dropped';
export type PlanParty = 'client' | 'advisor';
export type PlanLinkKind = 'meeting' | 'group-session' | 'licence-training' | 'document';

export const PLAN_GOAL_KINDS: readonly PlanGoalKind[] = ['employment', 'study', 'own-business', 'other'];
export const PLAN_GOAL_STATUSES: readonly PlanGoalStatus[] = ['active', 'achieved', 'dropped'];
export const PLAN_STEP_STATUSES: readonly PlanStepStatus[] = ['open', 'done', 'dropped'];
export const PLAN_PARTIES: readonly PlanParty[] = ['client', 'advisor'];
export const PLAN_LINK_KINDS: readonly PlanLinkKind[] = ['meeting', 'group-session', 'licence-training', 'document'];

export interface PlanStepInput {
  title: string;
  owner: PlanParty;
  /** YYYY-MM-DD. */
  dueDate: string;
  status: PlanStepStatus;
  linkKind?: PlanLinkKind;
}

export interface PlanGoalInput {
  kind: PlanGoalKind;
  /** What the goal aims at, in words: the occupation, field of study, business idea... */
  what: string;
  /** YYYY-MM-DD. */
  targetDate: string;
  status: PlanGoalStatus;
  steps: PlanStepInput[];
}

export interface AgreedPlanInput {
  version: number;
  /** When the second confirmation agreed it (ISO 8601 instant). */
  agreedAt: string;
  /** The day the plan began (YYYY-MM-DD). */
  startedOn: string;
  confirmedAt: Partial<Record<PlanParty, string>>;
  goals: PlanGoalInput[];
}

export interface CareerPlanInput {
  language: DocumentLanguage;
  contact: ContactInput;
  plan: AgreedPlanInput;
  now: Date;
}
