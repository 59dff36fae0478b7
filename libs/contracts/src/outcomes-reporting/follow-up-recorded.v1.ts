import type { JSONSchemaType } from 'ajv';
import { outcomeEnvelopeProperties, outcomesReportingSchemaId, outcomeStatusProperties, type OutcomeStatusFieldsV1 } from './outcome-fields.v1';

export const LABOUR_MARKET_IMPROVEMENTS_V1 = ['precarious-to-stable', 'underemployed-to-full', 'higher-skilled-job', 'promotion'] as const;

/** Published by outcomes-reporting when the six-month follow-up status is recorded or corrected. */
export interface FollowUpRecordedV1 extends OutcomeStatusFieldsV1 {
  clientId: string;
  organisation: string;
  processId: string;
  followUpDate: string;
  improvements: (typeof LABOUR_MARKET_IMPROVEMENTS_V1)[number][];
  correction: boolean;
  recordedAt: string;
}

export const FOLLOW_UP_RECORDED = 'FollowUpRecorded';

export const followUpRecordedV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: outcomesReportingSchemaId(FOLLOW_UP_RECORDED, 1),
  title: 'FollowUpRecorded v1',
  description:
    'Emitted when the status about six months after exit (the follow-up, dated 5 to 8 months after the exit) is recorded, and again (correction = true) when it is corrected. Categories only.',
  type: 'object',
  additionalProperties: false,
  required: ['clientId', 'organisation', 'processId', 'followUpDate', 'status', 'source', 'improvements', 'correction', 'recordedAt'],
  properties: {
    ...outcomeEnvelopeProperties,
    followUpDate: { type: 'string', format: 'date', description: 'The day the status was established (Europe/Helsinki).' },
    ...outcomeStatusProperties,
    improvements: {
      type: 'array',
      uniqueItems: true,
      items: { type: 'string', enum: [...LABOUR_MARKET_IMPROVEMENTS_V1], description: 'One kind of improvement.' },
      description:
        'For a client employed at entry and employed now: how the labour-market situation improved (precarious to stable work, under-employment to full employment, a job needing higher skills, a promotion). Empty when none.',
    },
  },
} as const satisfies JSONSchemaType<FollowUpRecordedV1> & Record<string, unknown>;
