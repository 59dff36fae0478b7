import type { JSONSchemaType } from 'ajv';
import { idProperty, RECORDED_CHANGE_REQUIRED, recordedChangeProperties, type RecordedChangeV1 } from './profile-fields.v1';

/** A work experience entry was removed from the client's skills profile. */
export interface WorkExperienceRemovedV1 extends RecordedChangeV1 {
  entryId: string;
}

export const WORK_EXPERIENCE_REMOVED = 'WorkExperienceRemoved';

export const workExperienceRemovedV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://career.ely.fi/schemas/skills-assessment/WorkExperienceRemoved.v1.json',
  title: 'WorkExperienceRemoved v1',
  description: "A work experience entry was removed from the client's skills profile.",
  type: 'object',
  additionalProperties: false,
  required: [...RECORDED_CHANGE_REQUIRED, 'entryId'],
  properties: { ...recordedChangeProperties, entryId: idProperty('work experience entry') },
} as const satisfies JSONSchemaType<WorkExperienceRemovedV1> & Record<string, unknown>;
