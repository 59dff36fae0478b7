import type { JSONSchemaType } from 'ajv';
import { CAREER_PLAN_FACT_REQUIRED, careerPlanFactProperties, GOAL_KINDS_V1, type CareerPlanFactV1, type GoalKindV1 } from './career-plan-fields.v1';
import { DRAFT_2020_12, instantProperty, schedulingSchemaId } from './scheduling-fields.v1';

/** Published when the client and the advisor have both confirmed the same version of the plan. */
export interface CareerPlanAgreedV1 extends CareerPlanFactV1 {
  version: number;
  goalKinds: GoalKindV1[];
  agreedAt: string;
}

export const CAREER_PLAN_AGREED = 'CareerPlanAgreed';

export const careerPlanAgreedV1Schema = {
  $schema: DRAFT_2020_12,
  $id: schedulingSchemaId(CAREER_PLAN_AGREED, 1),
  title: 'CareerPlanAgreed v1',
  description:
    'Emitted when a version of a client’s career plan is agreed: the client and the advisor both confirmed the same draft. The agreed version stays readable as it was; the next change starts version + 1.',
  type: 'object',
  additionalProperties: false,
  required: [...CAREER_PLAN_FACT_REQUIRED, 'version', 'goalKinds', 'agreedAt'],
  properties: {
    ...careerPlanFactProperties,
    version: { type: 'integer', minimum: 1, description: 'The agreed version: 1 for the first agreement, then increasing.' },
    goalKinds: {
      type: 'array',
      items: { type: 'string', enum: [...GOAL_KINDS_V1] },
      minItems: 1,
      uniqueItems: true,
      description: 'The kinds of the goals in the agreed version (each once, dropped goals left out).',
    },
    agreedAt: instantProperty('When the second confirmation made it agreed'),
  },
} as const satisfies JSONSchemaType<CareerPlanAgreedV1> & Record<string, unknown>;
