import type { JSONSchemaType } from 'ajv';
import { clientIdProperty, DRAFT_2020_12, instantProperty, organisationProperty, processIdProperty, schedulingSchemaId } from './scheduling-fields.v1';

/** Published when a guidance process ends. The free-text note stays inside scheduling. */
export interface ProcessClosedV1 {
  processId: string;
  clientId: string;
  organisation: string;
  reason: 'client-exited' | 'transferred' | 'other';
  closedAt: string;
}

export const PROCESS_CLOSED = 'ProcessClosed';

export const processClosedV1Schema = {
  $schema: DRAFT_2020_12,
  $id: schedulingSchemaId(PROCESS_CLOSED, 1),
  title: 'ProcessClosed v1',
  description: 'Emitted when a guidance process is closed; meetings still ahead were cancelled just before (MeetingCancelled by `system`).',
  type: 'object',
  additionalProperties: false,
  required: ['processId', 'clientId', 'organisation', 'reason', 'closedAt'],
  properties: {
    processId: processIdProperty,
    clientId: clientIdProperty,
    organisation: organisationProperty,
    reason: { type: 'string', enum: ['client-exited', 'transferred', 'other'], description: 'Why the process closed.' },
    closedAt: instantProperty('When the process was closed'),
  },
} as const satisfies JSONSchemaType<ProcessClosedV1> & Record<string, unknown>;
