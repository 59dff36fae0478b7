import type { JSONSchemaType } from 'ajv';
import { clientIdProperty, DRAFT_2020_12, instantProperty, organisationProperty, processIdProperty, schedulingSchemaId } from './scheduling-fields.v1';

/** Published by scheduling when a guidance process starts (the initial assessment begins). */
export interface ProcessOpenedV1 {
  processId: string;
  clientId: string;
  organisation: string;
  advisorId: string;
  openedAt: string;
  /** ISO week (Europe/Helsinki) of week 1 of the initial assessment, e.g. `2026-W10`. */
  firstWeek: string;
}

export const PROCESS_OPENED = 'ProcessOpened';

export const processOpenedV1Schema = {
  $schema: DRAFT_2020_12,
  $id: schedulingSchemaId(PROCESS_OPENED, 1),
  title: 'ProcessOpened v1',
  description: 'Emitted once when a guidance process is opened for a client: the initial assessment phase (3 to 5 weekly meetings) starts.',
  type: 'object',
  additionalProperties: false,
  required: ['processId', 'clientId', 'organisation', 'advisorId', 'openedAt', 'firstWeek'],
  properties: {
    processId: processIdProperty,
    clientId: clientIdProperty,
    organisation: organisationProperty,
    advisorId: { type: 'string', minLength: 1, description: 'The advisor running the individual guidance (a staff user id).' },
    openedAt: instantProperty('When the process was opened'),
    firstWeek: { type: 'string', pattern: '^\\d{4}-W\\d{2}$', description: 'ISO week (Europe/Helsinki) the process was opened in: week 1 of the initial assessment.' },
  },
} as const satisfies JSONSchemaType<ProcessOpenedV1> & Record<string, unknown>;
