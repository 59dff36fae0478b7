import type { JSONSchemaType } from 'ajv';
import { CAREER_GOAL_FACT_REQUIRED, careerGoalFactProperties, type CareerGoalFactV1 } from './career-plan-fields.v1';
import { DRAFT_2020_12, instantProperty, schedulingSchemaId } from './scheduling-fields.v1';

/** Emitted when a goal of a client’s career plan is achieved. What the goal aims at (free text) stays inside scheduling. */
export interface CareerGoalAchievedV1 extends CareerGoalFactV1 {
  achievedAt: string;
}

export const CAREER_GOAL_ACHIEVED = 'CareerGoalAchieved';

export const careerGoalAchievedV1Schema = {
  $schema: DRAFT_2020_12,
  $id: schedulingSchemaId(CAREER_GOAL_ACHIEVED, 1),
  title: 'CareerGoalAchieved v1',
  description: 'Emitted when a goal of a client’s career plan is achieved.',
  type: 'object',
  additionalProperties: false,
  required: [...CAREER_GOAL_FACT_REQUIRED, 'achievedAt'],
  properties: {
    ...careerGoalFactProperties,
    achievedAt: instantProperty('When the goal was marked achieved'),
  },
} as const satisfies JSONSchemaType<CareerGoalAchievedV1> & Record<string, unknown>;
