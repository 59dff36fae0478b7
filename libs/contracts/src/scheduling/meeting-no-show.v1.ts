import type { JSONSchemaType } from 'ajv';
import { clientIdProperty, DRAFT_2020_12, instantProperty, meetingIdProperty, organisationProperty, processIdProperty, schedulingSchemaId } from './scheduling-fields.v1';

/** Published when the client did not come to a meeting. */
export interface MeetingNoShowV1 {
  processId: string;
  clientId: string;
  organisation: string;
  meetingId: string;
  recordedAt: string;
}

export const MEETING_NO_SHOW = 'MeetingNoShow';

export const meetingNoShowV1Schema = {
  $schema: DRAFT_2020_12,
  $id: schedulingSchemaId(MEETING_NO_SHOW, 1),
  title: 'MeetingNoShow v1',
  description: 'Emitted when the advisor records that the client did not come to a meeting.',
  type: 'object',
  additionalProperties: false,
  required: ['processId', 'clientId', 'organisation', 'meetingId', 'recordedAt'],
  properties: {
    processId: processIdProperty,
    clientId: clientIdProperty,
    organisation: organisationProperty,
    meetingId: meetingIdProperty,
    recordedAt: instantProperty('When the no-show was recorded'),
  },
} as const satisfies JSONSchemaType<MeetingNoShowV1> & Record<string, unknown>;
