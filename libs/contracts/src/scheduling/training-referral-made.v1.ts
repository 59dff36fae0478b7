import type { JSONSchemaType } from 'ajv';
import { clientIdProperty, DRAFT_2020_12, instantProperty, licenceCodeProperty, organisationProperty, processIdProperty, schedulingSchemaId } from './scheduling-fields.v1';

/** Published when a client is referred to a licence or permit training. */
export interface TrainingReferralMadeV1 {
  processId: string;
  clientId: string;
  organisation: string;
  referralId: string;
  licenceCode: string;
  referredAt: string;
}

export const TRAINING_REFERRAL_MADE = 'TrainingReferralMade';

export const trainingReferralMadeV1Schema = {
  $schema: DRAFT_2020_12,
  $id: schedulingSchemaId(TRAINING_REFERRAL_MADE, 1),
  title: 'TrainingReferralMade v1',
  description: 'Emitted when the advisor refers a client to a training for a licence or permit.',
  type: 'object',
  additionalProperties: false,
  required: ['processId', 'clientId', 'organisation', 'referralId', 'licenceCode', 'referredAt'],
  properties: {
    processId: processIdProperty,
    clientId: clientIdProperty,
    organisation: organisationProperty,
    referralId: { type: 'string', format: 'uuid', description: 'The referral; the completion names it.' },
    licenceCode: licenceCodeProperty,
    referredAt: instantProperty('When the referral was made'),
  },
} as const satisfies JSONSchemaType<TrainingReferralMadeV1> & Record<string, unknown>;
