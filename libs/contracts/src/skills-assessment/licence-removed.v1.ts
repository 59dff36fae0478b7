import type { JSONSchemaType } from 'ajv';
import { idProperty, RECORDED_CHANGE_REQUIRED, recordedChangeProperties, type RecordedChangeV1 } from './profile-fields.v1';

/** A licence or permit was removed from the client's skills profile. */
export interface LicenceRemovedV1 extends RecordedChangeV1 {
  licenceId: string;
}

export const LICENCE_REMOVED = 'LicenceRemoved';

export const licenceRemovedV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://career.ely.fi/schemas/skills-assessment/LicenceRemoved.v1.json',
  title: 'LicenceRemoved v1',
  description: "A licence or permit was removed from the client's skills profile.",
  type: 'object',
  additionalProperties: false,
  required: [...RECORDED_CHANGE_REQUIRED, 'licenceId'],
  properties: { ...recordedChangeProperties, licenceId: idProperty('licence or permit') },
} as const satisfies JSONSchemaType<LicenceRemovedV1> & Record<string, unknown>;
