import type { JSONSchemaType } from 'ajv';
import { CAREER_STEP_FACT_REQUIRED, careerStepFactProperties, type CareerStepFactV1 } from './career-plan-fields.v1';
import { DRAFT_2020_12, instantProperty, schedulingSchemaId } from './scheduling-fields.v1';

/** Emitted when a step of a client’s career plan is dropped (also when its goal is dropped). The reason stays inside scheduling. The step’s title stays inside scheduling. */
export interface CareerStepDroppedV1 extends CareerStepFactV1 {
  droppedAt: string;
}

export const CAREER_STEP_DROPPED = 'CareerStepDropped';

export const careerStepDroppedV1Schema = {
  $schema: DRAFT_2020_12,
  $id: schedulingSchemaId(CAREER_STEP_DROPPED, 1),
  title: 'CareerStepDropped v1',
  description: 'Emitted when a step of a client’s career plan is dropped (also when its goal is dropped). The reason stays inside scheduling.',
  type: 'object',
  additionalProperties: false,
  required: [...CAREER_STEP_FACT_REQUIRED, 'droppedAt'],
  properties: {
    ...careerStepFactProperties,
    droppedAt: instantProperty('When the step was dropped'),
  },
} as const satisfies JSONSchemaType<CareerStepDroppedV1> & Record<string, unknown>;
