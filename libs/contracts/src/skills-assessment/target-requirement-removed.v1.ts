import type { JSONSchemaType } from 'ajv';
import { idProperty, RECORDED_CHANGE_REQUIRED, recordedChangeProperties, type RecordedChangeV1 } from './profile-fields.v1';

/** The advisor removed a competence requirement from one of the client's targets. */
export interface TargetRequirementRemovedV1 extends RecordedChangeV1 {
  targetId: string;
  requirementId: string;
}

export const TARGET_REQUIREMENT_REMOVED = 'TargetRequirementRemoved';

export const targetRequirementRemovedV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://career.ely.fi/schemas/skills-assessment/TargetRequirementRemoved.v1.json',
  title: 'TargetRequirementRemoved v1',
  description: "A competence requirement was removed from one of the client's targets.",
  type: 'object',
  additionalProperties: false,
  required: [...RECORDED_CHANGE_REQUIRED, 'targetId', 'requirementId'],
  properties: { ...recordedChangeProperties, targetId: idProperty('target'), requirementId: idProperty('requirement') },
} as const satisfies JSONSchemaType<TargetRequirementRemovedV1> & Record<string, unknown>;
