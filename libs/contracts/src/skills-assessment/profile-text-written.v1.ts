import type { JSONSchemaType } from 'ajv';
import { RECORDED_CHANGE_REQUIRED, recordedChangeProperties, type RecordedChangeV1 } from './profile-fields.v1';

/**
 * The profile text (the client's profile in their own words, which a CV prints as its profile
 * paragraph) was written or rewritten. Only that it happened, by whom and when: the text is free
 * text about the client and never leaves skills-assessment except to document generation over
 * its internal API.
 */
export type ProfileTextWrittenV1 = RecordedChangeV1;

export const PROFILE_TEXT_WRITTEN = 'ProfileTextWritten';

export const profileTextWrittenV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://career.ely.fi/schemas/skills-assessment/ProfileTextWritten.v1.json',
  title: 'ProfileTextWritten v1',
  description:
    "The client's profile text (their profile in their own words, the CV's profile paragraph) was written or rewritten. A category fact only: the text itself is never published.",
  type: 'object',
  additionalProperties: false,
  required: [...RECORDED_CHANGE_REQUIRED],
  properties: { ...recordedChangeProperties },
} as const satisfies JSONSchemaType<ProfileTextWrittenV1> & Record<string, unknown>;
