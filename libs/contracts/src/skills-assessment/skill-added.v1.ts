import type { JSONSchemaType } from 'ajv';
import {
  idProperty,
  proficiencyProperty,
  RECORDED_CHANGE_REQUIRED,
  recordedChangeProperties,
  skillUriProperty,
  type CefrLevelV1,
  type GainedInV1,
  type RecordedChangeV1,
  type SkillKindV1,
} from './profile-fields.v1';

/**
 * A skill or area of knowledge as the profile holds it, without its evidence: the evidence is
 * free text about the client (personal data) and never leaves skills-assessment except to
 * document generation over its internal API. `hasEvidence` says whether there is some.
 */
export interface PublishedSkillV1 {
  skillId: string;
  label: string;
  escoUri?: string;
  kind: SkillKindV1;
  cefrLevel?: CefrLevelV1;
  proficiency: number;
  gainedIn: GainedInV1;
  hasEvidence: boolean;
}

export type SkillAddedV1 = RecordedChangeV1 & PublishedSkillV1;

export const SKILL_ADDED = 'SkillAdded';

export const publishedSkillProperties = {
  skillId: idProperty('skill'),
  label: {
    type: 'string',
    minLength: 1,
    maxLength: 200,
    description: 'Name of the skill as the client or advisor wrote it, in the profile\'s language (a competence name such as "forklift driving", not text about the client).',
  },
  escoUri: skillUriProperty('skill'),
  kind: { type: 'string', enum: ['skill', 'knowledge', 'language', 'digital', 'transversal'], description: 'What kind of competence it is.' },
  cefrLevel: {
    type: 'string',
    enum: ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'],
    nullable: true,
    description: 'CEFR level; present for (and only for) language skills.',
  },
  proficiency: proficiencyProperty('Proficiency'),
  gainedIn: { type: 'string', enum: ['work', 'studies', 'hobby', 'volunteering', 'everyday-life'], description: 'Where the skill was gained.' },
  hasEvidence: { type: 'boolean', description: 'Whether the profile holds evidence for the skill (the evidence itself is personal data and is not published).' },
} as const;
export const PUBLISHED_SKILL_REQUIRED = ['skillId', 'label', 'kind', 'proficiency', 'gainedIn', 'hasEvidence'] as const;

export const skillAddedV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://career.ely.fi/schemas/skills-assessment/SkillAdded.v1.json',
  title: 'SkillAdded v1',
  description: 'A skill or area of knowledge was added to the client\'s skills profile (without its free-text evidence).',
  type: 'object',
  additionalProperties: false,
  required: [...RECORDED_CHANGE_REQUIRED, ...PUBLISHED_SKILL_REQUIRED],
  properties: { ...recordedChangeProperties, ...publishedSkillProperties },
} as const satisfies JSONSchemaType<SkillAddedV1> & Record<string, unknown>;
