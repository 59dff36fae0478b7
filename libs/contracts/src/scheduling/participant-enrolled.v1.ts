import type { JSONSchemaType } from 'ajv';
import { clientIdProperty, DRAFT_2020_12, instantProperty, organisationProperty, schedulingSchemaId, sessionIdProperty } from './scheduling-fields.v1';

/** Published when a client gets a seat in a group guidance session. */
export interface ParticipantEnrolledV1 {
  sessionId: string;
  clientId: string;
  organisation: string;
  fromWaitingList: boolean;
  enrolledAt: string;
}

export const PARTICIPANT_ENROLLED = 'ParticipantEnrolled';

export const participantEnrolledV1Schema = {
  $schema: DRAFT_2020_12,
  $id: schedulingSchemaId(PARTICIPANT_ENROLLED, 1),
  title: 'ParticipantEnrolled v1',
  description: 'Emitted when a client is enrolled in a group guidance session, directly or advancing from the waiting list.',
  type: 'object',
  additionalProperties: false,
  required: ['sessionId', 'clientId', 'organisation', 'fromWaitingList', 'enrolledAt'],
  properties: {
    sessionId: sessionIdProperty,
    clientId: clientIdProperty,
    organisation: organisationProperty,
    fromWaitingList: { type: 'boolean', description: 'True when a withdrawal freed the seat for the first in the queue.' },
    enrolledAt: instantProperty('When the seat was given'),
  },
} as const satisfies JSONSchemaType<ParticipantEnrolledV1> & Record<string, unknown>;
