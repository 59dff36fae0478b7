import type { JSONSchemaType } from 'ajv';
import {
  clientIdProperty,
  DRAFT_2020_12,
  instantProperty,
  MEETING_MODES_V1,
  MEETING_PHASES_V1,
  meetingIdProperty,
  organisationProperty,
  processIdProperty,
  schedulingSchemaId,
} from './scheduling-fields.v1';

/** Published when an individual guidance meeting is booked. The location and any reason stay inside scheduling. */
export interface MeetingScheduledV1 {
  processId: string;
  clientId: string;
  organisation: string;
  meetingId: string;
  advisorId: string;
  phase: (typeof MEETING_PHASES_V1)[number];
  start: string;
  durationMinutes: number;
  mode: (typeof MEETING_MODES_V1)[number];
  extra: boolean;
  scheduledAt: string;
}

export const MEETING_SCHEDULED = 'MeetingScheduled';

export const meetingScheduledV1Schema = {
  $schema: DRAFT_2020_12,
  $id: schedulingSchemaId(MEETING_SCHEDULED, 1),
  title: 'MeetingScheduled v1',
  description: 'Emitted when an individual guidance meeting is scheduled. No location, no notes: those are personal data kept in scheduling.',
  type: 'object',
  additionalProperties: false,
  required: ['processId', 'clientId', 'organisation', 'meetingId', 'advisorId', 'phase', 'start', 'durationMinutes', 'mode', 'extra', 'scheduledAt'],
  properties: {
    processId: processIdProperty,
    clientId: clientIdProperty,
    organisation: organisationProperty,
    meetingId: meetingIdProperty,
    advisorId: { type: 'string', minLength: 1, description: 'The advisor holding the meeting (a staff user id).' },
    phase: { type: 'string', enum: [...MEETING_PHASES_V1], description: 'The phase whose cadence rule governs the meeting.' },
    start: instantProperty('When the meeting starts'),
    durationMinutes: { type: 'integer', minimum: 1, description: 'Planned length in minutes.' },
    mode: { type: 'string', enum: [...MEETING_MODES_V1], description: 'How the meeting is held.' },
    extra: { type: 'boolean', description: 'An extra follow-up meeting outside the two-week cadence.' },
    scheduledAt: instantProperty('When the booking was made'),
  },
} as const satisfies JSONSchemaType<MeetingScheduledV1> & Record<string, unknown>;
