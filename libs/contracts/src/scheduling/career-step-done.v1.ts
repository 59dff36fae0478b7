import type { JSONSchemaType } from 'ajv';
import { CAREER_STEP_FACT_REQUIRED, careerStepFactProperties, PLAN_PARTIES_V1, type CareerStepFactV1, type PlanPartyV1 } from './career-plan-fields.v1';
import { DRAFT_2020_12, instantProperty, schedulingSchemaId } from './scheduling-fields.v1';

/** Emitted when a step of a client’s career plan is marked done, by the client or the advisor. The step’s title stays inside scheduling. */
export interface CareerStepDoneV1 extends CareerStepFactV1 {
  doneBy: PlanPartyV1;
  doneAt: string;
}

export const CAREER_STEP_DONE = 'CareerStepDone';

export const careerStepDoneV1Schema = {
  $schema: DRAFT_2020_12,
  $id: schedulingSchemaId(CAREER_STEP_DONE, 1),
  title: 'CareerStepDone v1',
  description: 'Emitted when a step of a client’s career plan is marked done, by the client or the advisor.',
  type: 'object',
  additionalProperties: false,
  required: [...CAREER_STEP_FACT_REQUIRED, 'doneBy', 'doneAt'],
  properties: {
    ...careerStepFactProperties,
    doneBy: { type: 'string', enum: [...PLAN_PARTIES_V1], description: 'Who marked it done: the client themself, or the advisor.' },
    doneAt: instantProperty('When the step was marked done'),
  },
} as const satisfies JSONSchemaType<CareerStepDoneV1> & Record<string, unknown>;
