import type { JSONSchemaType } from 'ajv';
import { clientIdProperty, DRAFT_2020_12, instantProperty, organisationProperty, schedulingSchemaId, sessionIdProperty } from './scheduling-fields.v1';

/** Published when a client leaves a group session's roster or waiting list. */
export interface ParticipantWithdrawnV1 {
  sessionId: string;
  clientId: string;
  organisation: string;
  from: 'roster' | 'waiting-list';
  withdrawnBy: 'client' | 'coordinator';
  withdrawnAt: string;
}

export const PARTICIPANT_WITHDRAWN = 'ParticipantWithdrawn';

export const participantWithdrawnV1Schema = {
  $schema: DRAFT_2020_12,
  $id: schedulingSchemaId(PARTICIPANT_WITHDRAWN, 1),
  title: 'ParticipantWithdrawn v1',
  description: 'Emitted when a client leaves a group guidance session before it starts; a freed seat goes to the first in the queue (ParticipantEnrolled).',
  type: 'object',
  additionalProperties: false,
  required: ['sessionId', 'clientId', 'organisation', 'from', 'withdrawnBy', 'withdrawnAt'],
  properties: {
    sessionId: sessionIdProperty,
    clientId: clientIdProperty,
    organisation: organisationProperty,
    from: { type: 'string', enum: ['roster', 'waiting-list'], description: 'What the client left.' },
    withdrawnBy: { type: 'string', enum: ['client', 'coordinator'], description: 'Who asked for it.' },
    withdrawnAt: instantProperty('When the withdrawal was recorded'),
  },
} as const satisfies JSONSchemaType<ParticipantWithdrawnV1> & Record<string, unknown>;
