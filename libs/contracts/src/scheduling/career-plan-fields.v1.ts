import { clientIdProperty, organisationProperty, processIdProperty } from './scheduling-fields.v1';

/**
 * Property schemas the career-plan events share. Kinds, owners, dates and ids only: what a goal
 * aims at, a step's title, reasons and review notes are free text and stay inside scheduling.
 */
export const GOAL_KINDS_V1 = ['employment', 'study', 'own-business', 'other'] as const;
export const PLAN_PARTIES_V1 = ['client', 'advisor'] as const;

export type GoalKindV1 = (typeof GOAL_KINDS_V1)[number];
export type PlanPartyV1 = (typeof PLAN_PARTIES_V1)[number];

/** Every career-plan fact names its plan, its process (the same id: one plan per process), client and organisation. */
export interface CareerPlanFactV1 {
  planId: string;
  processId: string;
  clientId: string;
  organisation: string;
}

export const CAREER_PLAN_FACT_REQUIRED = ['planId', 'processId', 'clientId', 'organisation'] as const;

export const careerPlanFactProperties = {
  planId: { type: 'string', format: 'uuid', description: 'The career plan: one per guidance process, with the process’s id.' },
  processId: processIdProperty,
  clientId: clientIdProperty,
  organisation: organisationProperty,
} as const;

export const goalIdProperty = { type: 'string', format: 'uuid', description: 'The goal within the plan.' } as const;
export const stepIdProperty = { type: 'string', format: 'uuid', description: 'The step within the plan.' } as const;

export const goalKindProperty = {
  type: 'string',
  enum: [...GOAL_KINDS_V1],
  description: 'What kind of goal: employment (a job), study (a study place), own-business (setting up a business), other.',
} as const;

export const targetDateProperty = { type: 'string', format: 'date', description: 'The date the goal is to be reached by (YYYY-MM-DD).' } as const;
export const dueDateProperty = { type: 'string', format: 'date', description: 'The date the step is due (YYYY-MM-DD).' } as const;

export const ownerProperty = { type: 'string', enum: [...PLAN_PARTIES_V1], description: 'Who does the step: the client or the advisor.' } as const;

export const planVersionProperty = {
  type: 'integer',
  minimum: 1,
  description: 'The plan version the change belongs to: the draft being worked on (an agreed version + 1 after the first change that follows an agreement).',
} as const;

/** Every goal fact: its plan, the goal, its kind and target date, and the draft version. */
export interface CareerGoalFactV1 extends CareerPlanFactV1 {
  goalId: string;
  kind: GoalKindV1;
  targetDate: string;
  version: number;
}

export const CAREER_GOAL_FACT_REQUIRED = [...CAREER_PLAN_FACT_REQUIRED, 'goalId', 'kind', 'targetDate', 'version'] as const;

export const careerGoalFactProperties = {
  ...careerPlanFactProperties,
  goalId: goalIdProperty,
  kind: goalKindProperty,
  targetDate: targetDateProperty,
  version: planVersionProperty,
} as const;

/** Every step fact: its plan, the step and its goal, who does it, when it is due, and the draft version. */
export interface CareerStepFactV1 extends CareerPlanFactV1 {
  stepId: string;
  goalId: string;
  owner: PlanPartyV1;
  dueDate: string;
  version: number;
}

export const CAREER_STEP_FACT_REQUIRED = [...CAREER_PLAN_FACT_REQUIRED, 'stepId', 'goalId', 'owner', 'dueDate', 'version'] as const;

export const careerStepFactProperties = {
  ...careerPlanFactProperties,
  stepId: stepIdProperty,
  goalId: goalIdProperty,
  owner: ownerProperty,
  dueDate: dueDateProperty,
  version: planVersionProperty,
} as const;
