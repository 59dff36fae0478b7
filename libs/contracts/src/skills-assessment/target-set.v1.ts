import type { JSONSchemaType } from 'ajv';
import { idProperty, RECORDED_CHANGE_REQUIRED, recordedChangeProperties, requirementSchema, type RecordedChangeV1, type RequirementV1 } from './profile-fields.v1';

/**
 * What the client aims for. One flat shape for the three kinds: `occupation` has `label` (and
 * `escoUri` when it is an ESCO occupation), `studies` has `field` and `level`,
 * `entrepreneurship` may have `businessArea`.
 */
export interface TargetV1 {
  kind: 'occupation' | 'studies' | 'entrepreneurship';
  label?: string;
  escoUri?: string;
  field?: string;
  level?: number;
  businessArea?: string;
}

export interface TargetSetV1 extends RecordedChangeV1 {
  targetId: string;
  target: TargetV1;
  requirements: RequirementV1[];
  requirementsSource: 'curated' | 'given';
}

export const TARGET_SET = 'TargetSet';

export const targetSetV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://career.ely.fi/schemas/skills-assessment/TargetSet.v1.json',
  title: 'TargetSet v1',
  description: "A target was added to the client's skills profile with its competence requirements (later edits are TargetRequirementAdded/Revised/Removed).",
  type: 'object',
  additionalProperties: false,
  required: [...RECORDED_CHANGE_REQUIRED, 'targetId', 'target', 'requirements', 'requirementsSource'],
  properties: {
    ...recordedChangeProperties,
    targetId: idProperty('target'),
    target: {
      type: 'object',
      additionalProperties: false,
      description: 'What the client aims for.',
      required: ['kind'],
      properties: {
        kind: { type: 'string', enum: ['occupation', 'studies', 'entrepreneurship'], description: 'An occupation, studies, or starting a business.' },
        label: { type: 'string', minLength: 1, maxLength: 200, nullable: true, description: 'Occupation: its name as written in the profile.' },
        escoUri: { type: 'string', format: 'uri', nullable: true, description: 'Occupation: the ESCO occupation URI (http://data.europa.eu/esco/occupation/...), when one fits.' },
        field: { type: 'string', minLength: 1, maxLength: 200, nullable: true, description: 'Studies: the field of study.' },
        level: { type: 'integer', minimum: 1, maximum: 8, nullable: true, description: 'Studies: ISCED 2011 level (3 upper secondary incl. vocational, 6 bachelor, 7 master).' },
        businessArea: { type: 'string', minLength: 1, maxLength: 200, nullable: true, description: 'Entrepreneurship: the line of business, when known.' },
      },
    },
    requirements: { type: 'array', items: requirementSchema, description: 'The competences the target asks for, in order.' },
    requirementsSource: {
      type: 'string',
      enum: ['curated', 'given'],
      description: "curated: the occupation's curated essential skills (labels in the profile's language); given: as the advisor listed them.",
    },
  },
} as const satisfies JSONSchemaType<TargetSetV1> & Record<string, unknown>;
