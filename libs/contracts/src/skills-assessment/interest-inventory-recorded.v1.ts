import type { JSONSchemaType } from 'ajv';
import { RECORDED_CHANGE_REQUIRED, recordedChangeProperties, type RecordedChangeV1 } from './profile-fields.v1';

/**
 * The client answered the RIASEC (Holland) interest inventory. Only the resulting three-letter
 * code is published (what a CV and reporting use); the answers and per-type scores stay in
 * skills-assessment.
 */
export interface InterestInventoryRecordedV1 extends RecordedChangeV1 {
  inventoryVersion: string;
  code: string;
}

export const INTEREST_INVENTORY_RECORDED = 'InterestInventoryRecorded';

export const interestInventoryRecordedV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://career.ely.fi/schemas/skills-assessment/InterestInventoryRecorded.v1.json',
  title: 'InterestInventoryRecorded v1',
  description: "The client's RIASEC interest inventory was recorded (again); the latest one counts.",
  type: 'object',
  additionalProperties: false,
  required: [...RECORDED_CHANGE_REQUIRED, 'inventoryVersion', 'code'],
  properties: {
    ...recordedChangeProperties,
    inventoryVersion: { type: 'string', minLength: 1, description: 'Version of the item set the answers were given against, e.g. "riasec-v1".' },
    code: {
      type: 'string',
      pattern: '^(?!.*(.).*\\1)[RIASEC]{3}$',
      description: 'Holland code: the three highest of R(ealistic), I(nvestigative), A(rtistic), S(ocial), E(nterprising), C(onventional), highest first; ties in RIASEC order.',
    },
  },
} as const satisfies JSONSchemaType<InterestInventoryRecordedV1> & Record<string, unknown>;
