import type { JSONSchemaType } from 'ajv';
import { RECORDED_CHANGE_REQUIRED, recordedChangeProperties, type RecordedChangeV1 } from './profile-fields.v1';

/** The profile text was removed: a CV goes back to a generated profile sentence. */
export type ProfileTextRemovedV1 = RecordedChangeV1;

export const PROFILE_TEXT_REMOVED = 'ProfileTextRemoved';

export const profileTextRemovedV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://career.ely.fi/schemas/skills-assessment/ProfileTextRemoved.v1.json',
  title: 'ProfileTextRemoved v1',
  description: "The client's profile text was removed; a CV generated from now on has a generated profile sentence again.",
  type: 'object',
  additionalProperties: false,
  required: [...RECORDED_CHANGE_REQUIRED],
  properties: { ...recordedChangeProperties },
} as const satisfies JSONSchemaType<ProfileTextRemovedV1> & Record<string, unknown>;
