import type { JSONSchemaType } from 'ajv';
import { RECORDED_CHANGE_REQUIRED, recordedChangeProperties, type RecordedChangeV1 } from './profile-fields.v1';
import { PUBLISHED_SKILL_REQUIRED, publishedSkillProperties, type PublishedSkillV1 } from './skill-added.v1';

export type SkillFieldV1 = 'label' | 'escoUri' | 'kind' | 'cefrLevel' | 'proficiency' | 'gainedIn' | 'evidence';

/** The whole skill after the change (so consumers need no diff) and which fields changed. */
export type SkillRevisedV1 = RecordedChangeV1 & PublishedSkillV1 & { changedFields: SkillFieldV1[] };

export const SKILL_REVISED = 'SkillRevised';

export const skillRevisedV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://career.ely.fi/schemas/skills-assessment/SkillRevised.v1.json',
  title: 'SkillRevised v1',
  description: 'A skill of the client\'s profile was revised: the whole skill after the change (without evidence) and the names of the fields that changed.',
  type: 'object',
  additionalProperties: false,
  required: [...RECORDED_CHANGE_REQUIRED, ...PUBLISHED_SKILL_REQUIRED, 'changedFields'],
  properties: {
    ...recordedChangeProperties,
    ...publishedSkillProperties,
    changedFields: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { type: 'string', enum: ['label', 'escoUri', 'kind', 'cefrLevel', 'proficiency', 'gainedIn', 'evidence'] },
      description: 'Names of the fields that changed ("evidence" says only that the evidence text changed, not what it says).',
    },
  },
} as const satisfies JSONSchemaType<SkillRevisedV1> & Record<string, unknown>;
