import type { JSONSchemaType } from 'ajv';
import { idProperty, RECORDED_CHANGE_REQUIRED, recordedChangeProperties, requirementProperties, type RecordedChangeV1, type RequirementV1 } from './profile-fields.v1';

/** The advisor added a competence requirement to one of the client's targets. */
export type TargetRequirementAddedV1 = RecordedChangeV1 & RequirementV1 & { targetId: string };

export const TARGET_REQUIREMENT_ADDED = 'TargetRequirementAdded';

export const targetRequirementAddedV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://career.ely.fi/schemas/skills-assessment/TargetRequirementAdded.v1.json',
  title: 'TargetRequirementAdded v1',
  description: "A competence requirement was added to one of the client's targets.",
  type: 'object',
  additionalProperties: false,
  required: [...RECORDED_CHANGE_REQUIRED, 'targetId', 'requirementId', 'label', 'requiredProficiency'],
  properties: { ...recordedChangeProperties, targetId: idProperty('target'), ...requirementProperties },
} as const satisfies JSONSchemaType<TargetRequirementAddedV1> & Record<string, unknown>;
