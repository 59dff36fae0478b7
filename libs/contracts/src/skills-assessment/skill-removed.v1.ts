import type { JSONSchemaType } from 'ajv';
import { idProperty, RECORDED_CHANGE_REQUIRED, recordedChangeProperties, type RecordedChangeV1 } from './profile-fields.v1';

/** A skill was removed from the client's skills profile. */
export interface SkillRemovedV1 extends RecordedChangeV1 {
  skillId: string;
}

export const SKILL_REMOVED = 'SkillRemoved';

export const skillRemovedV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://career.ely.fi/schemas/skills-assessment/SkillRemoved.v1.json',
  title: 'SkillRemoved v1',
  description: "A skill was removed from the client's skills profile.",
  type: 'object',
  additionalProperties: false,
  required: [...RECORDED_CHANGE_REQUIRED, 'skillId'],
  properties: { ...recordedChangeProperties, skillId: idProperty('skill') },
} as const satisfies JSONSchemaType<SkillRemovedV1> & Record<string, unknown>;
