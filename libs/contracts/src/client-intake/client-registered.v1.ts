import type { JSONSchemaType } from 'ajv';
import { entryCategoriesV1Schema, type EntryCategoriesV1 } from './entry-categories.v1';

/** Published by client-intake when a client is registered for a guidance process. */
export interface ClientRegisteredV1 {
  clientId: string;
  organisation: string;
  projectCode: string;
  preferredLanguage: 'fi' | 'sv' | 'en';
  registeredAt: string;
  processNumber: number;
  advisorId?: string;
  entry: EntryCategoriesV1;
  municipalityCode?: string;
  regionCode?: string;
}

export const CLIENT_REGISTERED = 'ClientRegistered';

/**
 * The public contract of ClientRegistered v1. Deliberately no personal data: name, identity
 * code, date of birth and contact details stay inside client-intake (consumers ask its HTTP
 * API when they truly need them). `satisfies` keeps the schema and the TypeScript type from
 * drifting apart.
 */
export const clientRegisteredV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://career.ely.fi/schemas/client-intake/ClientRegistered.v1.json',
  title: 'ClientRegistered v1',
  description: 'Emitted once when a client is registered for a guidance process (the first process; re-entry is ClientReentered).',
  type: 'object',
  additionalProperties: false,
  required: ['clientId', 'organisation', 'projectCode', 'preferredLanguage', 'registeredAt', 'processNumber', 'entry'],
  properties: {
    clientId: { type: 'string', format: 'uuid', description: 'Random UUID identifying the client across services; never a personal identifier.' },
    organisation: { type: 'string', minLength: 1, description: 'Code of the organisation that registered the client and owns the record.' },
    projectCode: { type: 'string', minLength: 1, description: 'Structural Fund project code, e.g. S20738.' },
    preferredLanguage: { type: 'string', enum: ['fi', 'sv', 'en'], description: 'Language the client is served in: Finnish, Swedish or English.' },
    registeredAt: { type: 'string', format: 'date-time', description: 'When the registration happened (ISO 8601 with offset).' },
    processNumber: { type: 'integer', minimum: 1, description: 'Which guidance process of this client: 1 at registration.' },
    advisorId: { type: 'string', minLength: 1, nullable: true, description: 'The advisor assigned at registration (a staff user id), if any.' },
    entry: entryCategoriesV1Schema,
    municipalityCode: {
      type: 'string',
      pattern: '^[0-9]{3}$',
      nullable: true,
      description:
        "The client's municipality at entry: Statistics Finland's three-digit code (kunta) in the classification in force when registered, e.g. 564. Absent for a registration made before municipalities were validated whose input named none.",
    },
    regionCode: {
      type: 'string',
      pattern: '^[0-9]{2}$',
      nullable: true,
      description: "The region (maakunta) of that municipality, Statistics Finland's two-digit code, e.g. 17 (North Ostrobothnia); present whenever municipalityCode is.",
    },
  },
} as const satisfies JSONSchemaType<ClientRegisteredV1> & Record<string, unknown>;
