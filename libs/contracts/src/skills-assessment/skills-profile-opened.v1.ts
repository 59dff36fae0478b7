import type { JSONSchemaType } from 'ajv';
import { baseProperties, type ProfileEventBaseV1 } from './profile-fields.v1';

/** Published by skills-assessment when a client's skills profile is opened (on their registration). */
export interface SkillsProfileOpenedV1 extends ProfileEventBaseV1 {
  language: 'fi' | 'sv' | 'en';
  openedAt: string;
}

export const SKILLS_PROFILE_OPENED = 'SkillsProfileOpened';

export const skillsProfileOpenedV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://career.ely.fi/schemas/skills-assessment/SkillsProfileOpened.v1.json',
  title: 'SkillsProfileOpened v1',
  description: 'Emitted once per client when their skills profile is opened, after client-intake registered them.',
  type: 'object',
  additionalProperties: false,
  required: ['clientId', 'organisation', 'language', 'openedAt'],
  properties: {
    ...baseProperties,
    language: { type: 'string', enum: ['fi', 'sv', 'en'], description: 'Language the profile is kept in (the client\'s preferred language).' },
    openedAt: { type: 'string', format: 'date-time', description: 'When the profile was opened (ISO 8601).' },
  },
} as const satisfies JSONSchemaType<SkillsProfileOpenedV1> & Record<string, unknown>;
