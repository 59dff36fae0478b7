import type { JSONSchemaType } from 'ajv';
import { CAREER_GOAL_FACT_REQUIRED, careerGoalFactProperties, type CareerGoalFactV1 } from './career-plan-fields.v1';
import { DRAFT_2020_12, instantProperty, schedulingSchemaId } from './scheduling-fields.v1';

/** Emitted when a goal of a client’s career plan is dropped (its open steps are dropped with it, each a CareerStepDropped). The reason stays inside scheduling. What the goal aims at (free text) stays inside scheduling. */
export interface CareerGoalDroppedV1 extends CareerGoalFactV1 {
  droppedAt: string;
}

export const CAREER_GOAL_DROPPED = 'CareerGoalDropped';

export const careerGoalDroppedV1Schema = {
  $schema: DRAFT_2020_12,
  $id: schedulingSchemaId(CAREER_GOAL_DROPPED, 1),
  title: 'CareerGoalDropped v1',
  description: 'Emitted when a goal of a client’s career plan is dropped (its open steps are dropped with it, each a CareerStepDropped). The reason stays inside scheduling.',
  type: 'object',
  additionalProperties: false,
  required: [...CAREER_GOAL_FACT_REQUIRED, 'droppedAt'],
  properties: {
    ...careerGoalFactProperties,
    droppedAt: instantProperty('When the goal was dropped'),
  },
} as const satisfies JSONSchemaType<CareerGoalDroppedV1> & Record<string, unknown>;
