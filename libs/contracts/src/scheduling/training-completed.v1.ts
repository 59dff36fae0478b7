import type { JSONSchemaType } from 'ajv';
import { clientIdProperty, DRAFT_2020_12, instantProperty, licenceCodeProperty, organisationProperty, processIdProperty, schedulingSchemaId } from './scheduling-fields.v1';

/**
 * Published when a training ends: the licence as a credential fact (which licence, earned or
 * not, valid until). The card's number links to the person in the issuer's register, so it
 * is personal data and stays inside scheduling.
 */
export interface TrainingCompletedV1 {
  processId: string;
  clientId: string;
  organisation: string;
  referralId: string;
  licenceCode: string;
  passed: boolean;
  validUntil?: string;
  completedAt: string;
}

export const TRAINING_COMPLETED = 'TrainingCompleted';

export const trainingCompletedV1Schema = {
  $schema: DRAFT_2020_12,
  $id: schedulingSchemaId(TRAINING_COMPLETED, 1),
  title: 'TrainingCompleted v1',
  description: 'Emitted when a licence or permit training is completed, passed or not. The licence identifier is not published.',
  type: 'object',
  additionalProperties: false,
  required: ['processId', 'clientId', 'organisation', 'referralId', 'licenceCode', 'passed', 'completedAt'],
  properties: {
    processId: processIdProperty,
    clientId: clientIdProperty,
    organisation: organisationProperty,
    referralId: { type: 'string', format: 'uuid', description: 'The referral this completes.' },
    licenceCode: licenceCodeProperty,
    passed: { type: 'boolean', description: 'Whether the licence or permit was earned.' },
    validUntil: { type: 'string', format: 'date', nullable: true, description: 'Last day the licence is valid, when it expires.' },
    completedAt: instantProperty('When the completion was recorded'),
  },
} as const satisfies JSONSchemaType<TrainingCompletedV1> & Record<string, unknown>;
