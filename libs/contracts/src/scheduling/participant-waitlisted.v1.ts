import type { JSONSchemaType } from 'ajv';
import { clientIdProperty, DRAFT_2020_12, instantProperty, organisationProperty, schedulingSchemaId, sessionIdProperty } from './scheduling-fields.v1';

/** Published when a full group session puts a client on its waiting list. */
export interface ParticipantWaitlistedV1 {
  sessionId: string;
  clientId: string;
  organisation: string;
  position: number;
  waitlistedAt: string;
}

export const PARTICIPANT_WAITLISTED = 'ParticipantWaitlisted';

export const participantWaitlistedV1Schema = {
  $schema: DRAFT_2020_12,
  $id: schedulingSchemaId(PARTICIPANT_WAITLISTED, 1),
  title: 'ParticipantWaitlisted v1',
  description: 'Emitted when a client queues for a seat in a full group guidance session.',
  type: 'object',
  additionalProperties: false,
  required: ['sessionId', 'clientId', 'organisation', 'position', 'waitlistedAt'],
  properties: {
    sessionId: sessionIdProperty,
    clientId: clientIdProperty,
    organisation: organisationProperty,
    position: { type: 'integer', minimum: 1, description: 'Place in the queue when queueing (1 = first).' },
    waitlistedAt: instantProperty('When the client was queued'),
  },
} as const satisfies JSONSchemaType<ParticipantWaitlistedV1> & Record<string, unknown>;
