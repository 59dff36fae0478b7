import type { JSONSchemaType } from 'ajv';
import { idProperty, RECORDED_CHANGE_REQUIRED, recordedChangeProperties, type RecordedChangeV1 } from './profile-fields.v1';

/** A target (occupation, studies or entrepreneurship) was removed from the client's skills profile. */
export interface TargetRemovedV1 extends RecordedChangeV1 {
  targetId: string;
}

export const TARGET_REMOVED = 'TargetRemoved';

export const targetRemovedV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://career.ely.fi/schemas/skills-assessment/TargetRemoved.v1.json',
  title: 'TargetRemoved v1',
  description: "A target (occupation, studies or entrepreneurship) was removed from the client's skills profile.",
  type: 'object',
  additionalProperties: false,
  required: [...RECORDED_CHANGE_REQUIRED, 'targetId'],
  properties: { ...recordedChangeProperties, targetId: idProperty('target') },
} as const satisfies JSONSchemaType<TargetRemovedV1> & Record<string, unknown>;
