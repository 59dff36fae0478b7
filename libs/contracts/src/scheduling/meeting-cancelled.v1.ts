import type { JSONSchemaType } from 'ajv';
import { clientIdProperty, DRAFT_2020_12, instantProperty, meetingIdProperty, organisationProperty, processIdProperty, schedulingSchemaId } from './scheduling-fields.v1';

/** Published when a meeting is cancelled. The reason (free text) stays inside scheduling. */
export interface MeetingCancelledV1 {
  processId: string;
  clientId: string;
  organisation: string;
  meetingId: string;
  cancelledBy: 'client' | 'advisor' | 'system';
  cancelledAt: string;
}

export const MEETING_CANCELLED = 'MeetingCancelled';

export const meetingCancelledV1Schema = {
  $schema: DRAFT_2020_12,
  $id: schedulingSchemaId(MEETING_CANCELLED, 1),
  title: 'MeetingCancelled v1',
  description: 'Emitted when a scheduled meeting is cancelled; `system` when the process closed while the meeting was still ahead.',
  type: 'object',
  additionalProperties: false,
  required: ['processId', 'clientId', 'organisation', 'meetingId', 'cancelledBy', 'cancelledAt'],
  properties: {
    processId: processIdProperty,
    clientId: clientIdProperty,
    organisation: organisationProperty,
    meetingId: meetingIdProperty,
    cancelledBy: { type: 'string', enum: ['client', 'advisor', 'system'], description: 'Who cancelled.' },
    cancelledAt: instantProperty('When the cancellation was recorded'),
  },
} as const satisfies JSONSchemaType<MeetingCancelledV1> & Record<string, unknown>;
