import type { JSONSchemaType } from 'ajv';

/** Published by client-intake when a client is registered for a guidance process. */
export interface ClientRegisteredV1 {
  clientId: string;
  organisation: string;
  preferredLanguage: 'fi' | 'sv' | 'en';
  registeredAt: string;
}

export const CLIENT_REGISTERED = 'ClientRegistered';

/**
 * The public contract of ClientRegistered v1. Deliberately no personal data: name, identity
 * code and contact details stay inside client-intake (consumers ask its HTTP API when they
 * truly need them). `satisfies` keeps the schema and the TypeScript type from drifting apart.
 */
export const clientRegisteredV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://career.ely.fi/schemas/client-intake/ClientRegistered.v1.json',
  title: 'ClientRegistered v1',
  description: 'A client has been registered for a guidance process.',
  type: 'object',
  additionalProperties: false,
  required: ['clientId', 'organisation', 'preferredLanguage', 'registeredAt'],
  properties: {
    clientId: {
      type: 'string',
      format: 'uuid',
      description: 'Random UUID identifying the client across services; never a personal identifier.',
    },
    organisation: {
      type: 'string',
      minLength: 1,
      description: 'Code of the organisation that registered the client and owns the record.',
    },
    preferredLanguage: {
      type: 'string',
      enum: ['fi', 'sv', 'en'],
      description: 'Language the client is served in: Finnish, Swedish or English.',
    },
    registeredAt: {
      type: 'string',
      format: 'date-time',
      description: 'When the registration happened (ISO 8601 with offset).',
    },
  },
} as const satisfies JSONSchemaType<ClientRegisteredV1> & Record<string, unknown>;
