import type { JSONSchemaType } from 'ajv';
import { CAREER_GOAL_FACT_REQUIRED, careerGoalFactProperties, type CareerGoalFactV1 } from './career-plan-fields.v1';
import { DRAFT_2020_12, instantProperty, schedulingSchemaId } from './scheduling-fields.v1';

/** Emitted when a goal of a client’s career plan is revised: its kind and target date as they now are. What the goal aims at (free text) stays inside scheduling. */
export interface CareerGoalRevisedV1 extends CareerGoalFactV1 {
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
  required: [...CAREER_GOAL_FACT_REQUIRED, 'revisedAt'],
  properties: {
    ...careerGoalFactProperties,
    revisedAt: instantProperty('When the goal was revised'),
  },
} as const satisfies JSONSchemaType<CareerGoalRevisedV1> & Record<string, unknown>;
