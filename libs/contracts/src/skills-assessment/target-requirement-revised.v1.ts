import type { JSONSchemaType } from 'ajv';
import { idProperty, RECORDED_CHANGE_REQUIRED, recordedChangeProperties, requirementProperties, type RecordedChangeV1, type RequirementV1 } from './profile-fields.v1';

export type RequirementFieldV1 = 'label' | 'escoUri' | 'requiredProficiency';

/** A requirement of a target after the advisor changed it, and which fields changed. */
export type TargetRequirementRevisedV1 = RecordedChangeV1 & RequirementV1 & { targetId: string; changedFields: RequirementFieldV1[] };

export const TARGET_REQUIREMENT_REVISED = 'TargetRequirementRevised';

export const targetRequirementRevisedV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://career.ely.fi/schemas/skills-assessment/TargetRequirementRevised.v1.json',
  title: 'TargetRequirementRevised v1',
  description: "A competence requirement of one of the client's targets was revised: the whole requirement after the change and the fields that changed.",
  type: 'object',
  additionalProperties: false,
  required: [...RECORDED_CHANGE_REQUIRED, 'targetId', 'requirementId', 'label', 'requiredProficiency', 'changedFields'],
  properties: {
    ...recordedChangeProperties,
    targetId: idProperty('target'),
    ...requirementProperties,
    changedFields: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { type: 'string', enum: ['label', 'escoUri', 'requiredProficiency'] },
      description: 'Names of the fields that changed.',
    },
  },
} as const satisfies JSONSchemaType<TargetRequirementRevisedV1> & Record<string, unknown>;
