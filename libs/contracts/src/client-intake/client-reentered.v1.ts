import type { JSONSchemaType } from 'ajv';

/** Published by client-intake when a client who left comes back: a new process, same participant. */
export interface ClientReenteredV1 {
  clientId: string;
  organisation: string;
  processNumber: number;
  entryDate: string;
  previousExitDate: string;
  statusAtReentry?: {
    labourMarketStatus: 'employed' | 'self-employed' | 'unemployed' | 'long-term-unemployed' | 'inactive' | 'in-education';
    unemploymentMonths?: number;
  };
}

export const CLIENT_REENTERED = 'ClientReentered';

export const clientReenteredV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://career.ely.fi/schemas/client-intake/ClientReentered.v1.json',
  title: 'ClientReentered v1',
  description: 'Emitted when a client who exited starts a new guidance process. The participant counts once per operation: reporting keeps the first entry\'s data and the last exit.',
  type: 'object',
  additionalProperties: false,
  required: ['clientId', 'organisation', 'processNumber', 'entryDate', 'previousExitDate'],
  properties: {
    clientId: { type: 'string', format: 'uuid', description: 'The client.' },
    organisation: { type: 'string', minLength: 1, description: 'Organisation owning the record.' },
    processNumber: { type: 'integer', minimum: 2, description: 'The new process (2 for the first re-entry).' },
    entryDate: { type: 'string', format: 'date', description: 'Date the new process starts (Europe/Helsinki).' },
    previousExitDate: { type: 'string', format: 'date', description: 'Exit date of the previous process.' },
    statusAtReentry: {
      type: 'object',
      nullable: true,
      additionalProperties: false,
      required: ['labourMarketStatus'],
      description: 'Labour-market status told at re-entry (the Fund\'s entry data stays the first entry\'s).',
      properties: {
        labourMarketStatus: { type: 'string', enum: ['employed', 'self-employed', 'unemployed', 'long-term-unemployed', 'inactive', 'in-education'], description: 'Status at re-entry.' },
        unemploymentMonths: { type: 'integer', minimum: 0, nullable: true, description: 'Continuous unemployment at re-entry, whole months.' },
      },
    },
  },
} as const satisfies JSONSchemaType<ClientReenteredV1> & Record<string, unknown>;
