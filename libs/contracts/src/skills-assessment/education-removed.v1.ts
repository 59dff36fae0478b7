import type { JSONSchemaType } from 'ajv';
import { idProperty, RECORDED_CHANGE_REQUIRED, recordedChangeProperties, type RecordedChangeV1 } from './profile-fields.v1';

/** An education entry was removed from the client's skills profile. */
export interface EducationRemovedV1 extends RecordedChangeV1 {
  entryId: string;
}

export const EDUCATION_REMOVED = 'EducationRemoved';

export const educationRemovedV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://career.ely.fi/schemas/skills-assessment/EducationRemoved.v1.json',
  title: 'EducationRemoved v1',
  description: "An education entry was removed from the client's skills profile.",
  type: 'object',
  additionalProperties: false,
  required: [...RECORDED_CHANGE_REQUIRED, 'entryId'],
  properties: { ...recordedChangeProperties, entryId: idProperty('education entry') },
} as const satisfies JSONSchemaType<EducationRemovedV1> & Record<string, unknown>;
