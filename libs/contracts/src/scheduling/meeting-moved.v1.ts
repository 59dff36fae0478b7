import type { JSONSchemaType } from 'ajv';
import { clientIdProperty, DRAFT_2020_12, instantProperty, meetingIdProperty, organisationProperty, processIdProperty, schedulingSchemaId } from './scheduling-fields.v1';

export interface MeetingSlotV1 {
  start: string;
  durationMinutes: number;
}

/** Published when a meeting gets a new time; the old time is kept (nothing is erased). */
export interface MeetingMovedV1 {
  processId: string;
  clientId: string;
  organisation: string;
  meetingId: string;
  from: MeetingSlotV1;
  to: MeetingSlotV1;
  movedBy: 'client' | 'advisor';
  movedAt: string;
}

export const MEETING_MOVED = 'MeetingMoved';

const slot = (which: string) =>
  ({
    type: 'object',
    additionalProperties: false,
    required: ['start', 'durationMinutes'],
    description: `The ${which} time of the meeting.`,
    properties: {
      start: instantProperty(`The ${which} start`),
      durationMinutes: { type: 'integer', minimum: 1, description: `The ${which} length in minutes.` },
    },
  }) as const;

export const meetingMovedV1Schema = {
  $schema: DRAFT_2020_12,
  $id: schedulingSchemaId(MEETING_MOVED, 1),
  title: 'MeetingMoved v1',
  description: 'Emitted when a scheduled meeting is moved to another time. The reason stays inside scheduling.',
  type: 'object',
  additionalProperties: false,
  required: ['processId', 'clientId', 'organisation', 'meetingId', 'from', 'to', 'movedBy', 'movedAt'],
  properties: {
    processId: processIdProperty,
    clientId: clientIdProperty,
    organisation: organisationProperty,
    meetingId: meetingIdProperty,
    from: slot('previous'),
    to: slot('new'),
    movedBy: { type: 'string', enum: ['client', 'advisor'], description: 'Who asked for the move.' },
    movedAt: instantProperty('When the move was recorded'),
  },
} as const satisfies JSONSchemaType<MeetingMovedV1> & Record<string, unknown>;
