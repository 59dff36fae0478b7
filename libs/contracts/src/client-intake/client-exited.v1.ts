import type { JSONSchemaType } from 'ajv';

export const EXIT_REASONS_V1 = ['employed', 'studies', 'business', 'training', 'job-searching', 'other', 'moved', 'no-contact'] as const;

/** Published by client-intake when a client leaves the guidance process. */
export interface ClientExitedV1 {
  clientId: string;
  organisation: string;
  processNumber: number;
  exitDate: string;
  reason: (typeof EXIT_REASONS_V1)[number];
}

export const CLIENT_EXITED = 'ClientExited';

export const clientExitedV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://career.ely.fi/schemas/client-intake/ClientExited.v1.json',
  title: 'ClientExited v1',
  description: 'Emitted when a client leaves a guidance process. The free-text note stays in client-intake.',
  type: 'object',
  additionalProperties: false,
  required: ['clientId', 'organisation', 'processNumber', 'exitDate', 'reason'],
  properties: {
    clientId: { type: 'string', format: 'uuid', description: 'The client.' },
    organisation: { type: 'string', minLength: 1, description: 'Organisation owning the record.' },
    processNumber: { type: 'integer', minimum: 1, description: 'The process that ended (1 = first, higher after re-entry).' },
    exitDate: { type: 'string', format: 'date', description: 'Date of leaving (Europe/Helsinki): the reference for the 28-day and six-month rules.' },
    reason: { type: 'string', enum: [...EXIT_REASONS_V1], description: 'Why the client left, as recorded by the advisor.' },
  },
} as const satisfies JSONSchemaType<ClientExitedV1> & Record<string, unknown>;
