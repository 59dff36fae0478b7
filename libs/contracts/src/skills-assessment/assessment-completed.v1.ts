import type { JSONSchemaType } from 'ajv';
import { RECORDED_CHANGE_REQUIRED, recordedChangeProperties, type RecordedChangeV1 } from './profile-fields.v1';

/** The skills assessment was completed. The profile stays editable; completing again after changes publishes this again. */
export type AssessmentCompletedV1 = RecordedChangeV1;

export const ASSESSMENT_COMPLETED = 'AssessmentCompleted';

export const assessmentCompletedV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://career.ely.fi/schemas/skills-assessment/AssessmentCompleted.v1.json',
  title: 'AssessmentCompleted v1',
  description: 'The skills assessment of the client was completed (recordedAt = when). The profile stays editable; a later completion after changes is published again.',
  type: 'object',
  additionalProperties: false,
  required: [...RECORDED_CHANGE_REQUIRED],
  properties: { ...recordedChangeProperties },
} as const satisfies JSONSchemaType<AssessmentCompletedV1> & Record<string, unknown>;
