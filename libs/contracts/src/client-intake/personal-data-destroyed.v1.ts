import type { JSONSchemaType } from 'ajv';

/**
 * Published by client-intake when a client's personal data is destroyed: every service that
 * keeps personal data of this client destroys its copy (its per-client key, its documents).
 */
export interface PersonalDataDestroyedV1 {
  clientId: string;
  organisation: string;
  scope: 'all' | 'voluntary';
  reason: 'retention-ended' | 'consent-withdrawn' | 'other';
  destroyedAt: string;
}

export const PERSONAL_DATA_DESTROYED = 'PersonalDataDestroyed';

export const personalDataDestroyedV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://career.ely.fi/schemas/client-intake/PersonalDataDestroyed.v1.json',
  title: 'PersonalDataDestroyed v1',
  description: 'Emitted when a client\'s personal data is destroyed (crypto-shredding). Consumers must destroy their own copies: scope "all" = everything personal about the client; "voluntary" = only the voluntary disadvantage answers (consent withdrawn).',
  type: 'object',
  additionalProperties: false,
  required: ['clientId', 'organisation', 'scope', 'reason', 'destroyedAt'],
  properties: {
    clientId: { type: 'string', format: 'uuid', description: 'The client.' },
    organisation: { type: 'string', minLength: 1, description: 'Organisation owning the record.' },
    scope: { type: 'string', enum: ['all', 'voluntary'], description: 'What was destroyed.' },
    reason: { type: 'string', enum: ['retention-ended', 'consent-withdrawn', 'other'], description: 'Why.' },
    destroyedAt: { type: 'string', format: 'date-time', description: 'When the keys were destroyed.' },
  },
} as const satisfies JSONSchemaType<PersonalDataDestroyedV1> & Record<string, unknown>;
