import type { JSONSchemaType } from 'ajv';
import { CAREER_PLAN_FACT_REQUIRED, careerPlanFactProperties, goalIdProperty, goalKindProperty, planVersionProperty, targetDateProperty, type CareerPlanFactV1, type GoalKindV1 } from './career-plan-fields.v1';
import { DRAFT_2020_12, instantProperty, schedulingSchemaId } from './scheduling-fields.v1';

/** Emitted when a goal of a client’s career plan is revised: its kind and target date as they now are. What the goal aims at (free text) stays inside scheduling. */
export interface CareerGoalRevisedV1 extends CareerPlanFactV1 {
  goalId: string;
  kind: GoalKindV1;
  targetDate: string;
  version: number;
  revisedAt: string;
}

export const CAREER_GOAL_REVISED = 'CareerGoalRevised';

export const careerGoalRevisedV1Schema = {
  $schema: DRAFT_2020_12,
  $id: schedulingSchemaId(CAREER_GOAL_REVISED, 1),
  title: 'CareerGoalRevised v1',
  description: 'Emitted when a goal of a client’s career plan is revised: its kind and target date as they now are.',
  type: 'object',
  additionalProperties: false,
  required: [...CAREER_PLAN_FACT_REQUIRED, 'goalId', 'kind', 'targetDate', 'version', 'revisedAt'],
  properties: {
    ...careerPlanFactProperties,
    goalId: goalIdProperty,
    kind: goalKindProperty,
    targetDate: targetDateProperty,
    version: planVersionProperty,
    revisedAt: instantProperty('When the goal was revised'),
  },
} as const satisfies JSONSchemaType<CareerGoalRevisedV1> & Record<string, unknown>;
