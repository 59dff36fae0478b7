import type { JSONSchemaType } from 'ajv';
import { outcomeEnvelopeProperties, outcomesReportingSchemaId, outcomeStatusProperties, type OutcomeStatusFieldsV1 } from './outcome-fields.v1';

/** Published by outcomes-reporting when a client's status at exit is recorded or corrected. */
export interface OutcomeRecordedV1 extends OutcomeStatusFieldsV1 {
  clientId: string;
  organisation: string;
  processId: string;
  exitDate: string;
  correction: boolean;
  recordedAt: string;
}

export const OUTCOME_RECORDED = 'OutcomeRecorded';

export const outcomeRecordedV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: outcomesReportingSchemaId(OUTCOME_RECORDED, 1),
  title: 'OutcomeRecorded v1',
  description:
    'Emitted when the outcome of a guidance process at exit is recorded, and again (correction = true) when it is corrected. Categories only: no business ID, no employer or institution.',
  type: 'object',
  additionalProperties: false,
  required: ['clientId', 'organisation', 'processId', 'exitDate', 'status', 'source', 'correction', 'recordedAt'],
  properties: {
    ...outcomeEnvelopeProperties,
    exitDate: { type: 'string', format: 'date', description: 'The day the client left the process (Europe/Helsinki).' },
    ...outcomeStatusProperties,
  },
} as const satisfies JSONSchemaType<OutcomeRecordedV1> & Record<string, unknown>;
