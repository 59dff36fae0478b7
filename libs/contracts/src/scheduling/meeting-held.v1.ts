import type { JSONSchemaType } from 'ajv';
import { clientIdProperty, DRAFT_2020_12, instantProperty, meetingIdProperty, organisationProperty, processIdProperty, schedulingSchemaId } from './scheduling-fields.v1';

/** Published when a meeting took place. The advisor's notes never leave scheduling. */
export interface MeetingHeldV1 {
  processId: string;
  clientId: string;
  organisation: string;
  meetingId: string;
  recordedAt: string;
}

export const MEETING_HELD = 'MeetingHeld';

export const meetingHeldV1Schema = {
  $schema: DRAFT_2020_12,
  $id: schedulingSchemaId(MEETING_HELD, 1),
  title: 'MeetingHeld v1',
  description: 'Emitted when the advisor records that a meeting was held. The notes are personal data and are not published.',
  type: 'object',
  additionalProperties: false,
  required: ['processId', 'clientId', 'organisation', 'meetingId', 'recordedAt'],
  properties: {
    processId: processIdProperty,
    clientId: clientIdProperty,
    organisation: organisationProperty,
    meetingId: meetingIdProperty,
    recordedAt: instantProperty('When the meeting was recorded as held'),
  },
} as const satisfies JSONSchemaType<MeetingHeldV1> & Record<string, unknown>;
