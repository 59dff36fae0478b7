import type { JSONSchemaType } from 'ajv';
import { baseProperties, idProperty, recordedAtProperty, recordedByProperty, type ProfileEventBaseV1, type RecordedByV1 } from './profile-fields.v1';

/**
 * A licence or permit in the client's profile (what a CV lists): entered in skills-assessment
 * (`source: advisor`, with who entered it) or taken from scheduling's training completion
 * (`source: scheduling`, with the referral). The card's own number is not held here.
 */
export interface LicenceAddedV1 extends ProfileEventBaseV1 {
  licenceId: string;
  code: string;
  licenceName: string;
  validUntil?: string;
  source: 'advisor' | 'scheduling';
  recordedBy?: RecordedByV1;
  referralId?: string;
  recordedAt: string;
}

export const LICENCE_ADDED = 'LicenceAdded';

export const licenceAddedV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://career.ely.fi/schemas/skills-assessment/LicenceAdded.v1.json',
  title: 'LicenceAdded v1',
  description: "A licence or permit was added to the client's skills profile, entered by a person or taken from a passed training in scheduling.",
  type: 'object',
  additionalProperties: false,
  required: ['clientId', 'organisation', 'licenceId', 'code', 'licenceName', 'source', 'recordedAt'],
  properties: {
    ...baseProperties,
    licenceId: idProperty('licence'),
    code: { type: 'string', minLength: 1, maxLength: 100, description: 'Short code of the licence or permit, e.g. "forklift-licence", "hygiene-passport" (scheduling\'s catalogue codes).' },
    licenceName: { type: 'string', minLength: 1, maxLength: 200, description: "Name of the licence or permit in the profile's language (the licence's, not a person's)." },
    validUntil: { type: 'string', format: 'date', nullable: true, description: 'Date (YYYY-MM-DD) the licence expires; absent when it does not.' },
    source: { type: 'string', enum: ['advisor', 'scheduling'], description: 'advisor: entered in skills-assessment; scheduling: from a passed training completion.' },
    recordedBy: { ...recordedByProperty, nullable: true, description: 'Who entered it (source advisor only).' },
    referralId: { type: 'string', minLength: 1, nullable: true, description: "Scheduling's training referral it came from (source scheduling only)." },
    recordedAt: recordedAtProperty,
  },
} as const satisfies JSONSchemaType<LicenceAddedV1> & Record<string, unknown>;
