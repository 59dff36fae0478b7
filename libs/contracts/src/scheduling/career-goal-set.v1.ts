import type { JSONSchemaType } from 'ajv';
import { CAREER_GOAL_FACT_REQUIRED, careerGoalFactProperties, type CareerGoalFactV1 } from './career-plan-fields.v1';
import { DRAFT_2020_12, instantProperty, schedulingSchemaId } from './scheduling-fields.v1';

/** Emitted when a goal is set in a client’s career plan: its kind and target date. What the goal aims at (free text) stays inside scheduling. */
export interface CareerGoalSetV1 extends CareerGoalFactV1 {
  setAt: string;
}

export const CAREER_GOAL_SET = 'CareerGoalSet';

export const careerGoalSetV1Schema = {
  $schema: DRAFT_2020_12,
  $id: schedulingSchemaId(CAREER_GOAL_SET, 1),
  title: 'CareerGoalSet v1',
  description: 'Emitted when a goal is set in a client’s career plan: its kind and target date.',
  type: 'object',
  additionalProperties: false,
  required: [...CAREER_GOAL_FACT_REQUIRED, 'setAt'],
  properties: {
    ...careerGoalFactProperties,
    setAt: instantProperty('When the goal was set'),
  },
} as const satisfies JSONSchemaType<CareerGoalSetV1> & Record<string, unknown>;
