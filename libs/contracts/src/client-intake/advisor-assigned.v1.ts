import type { JSONSchemaType } from 'ajv';

/** Published by client-intake when a client gets an advisor or changes advisor. */
export interface AdvisorAssignedV1 {
  clientId: string;
  organisation: string;
  advisorId: string;
  previousAdvisorId?: string;
  assignedAt: string;
}

export const ADVISOR_ASSIGNED = 'AdvisorAssigned';

export const advisorAssignedV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://career.ely.fi/schemas/client-intake/AdvisorAssigned.v1.json',
  title: 'AdvisorAssigned v1',
  description: 'Emitted when an advisor is assigned to a client, at registration or later (a change of advisor).',
  type: 'object',
  additionalProperties: false,
  required: ['clientId', 'organisation', 'advisorId', 'assignedAt'],
  properties: {
    clientId: { type: 'string', format: 'uuid', description: 'The client.' },
    organisation: { type: 'string', minLength: 1, description: 'Organisation owning the record.' },
    advisorId: { type: 'string', minLength: 1, description: 'The advisor now responsible (a staff user id).' },
    previousAdvisorId: { type: 'string', minLength: 1, nullable: true, description: 'The advisor before the change, if any.' },
    assignedAt: { type: 'string', format: 'date-time', description: 'When the assignment was recorded.' },
  },
} as const satisfies JSONSchemaType<AdvisorAssignedV1> & Record<string, unknown>;
