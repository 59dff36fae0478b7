import type { JSONSchemaType } from 'ajv';
import { clientIdProperty, DRAFT_2020_12, instantProperty, organisationProperty, schedulingSchemaId, sessionIdProperty } from './scheduling-fields.v1';

/** Published per participant when a group session's attendance is recorded (a later record corrects an earlier one). */
export interface AttendanceRecordedV1 {
  sessionId: string;
  clientId: string;
  organisation: string;
  attended: boolean;
  recordedAt: string;
}

export const ATTENDANCE_RECORDED = 'AttendanceRecorded';

export const attendanceRecordedV1Schema = {
  $schema: DRAFT_2020_12,
  $id: schedulingSchemaId(ATTENDANCE_RECORDED, 1),
  title: 'AttendanceRecorded v1',
  description: 'Emitted for each enrolled client when the coordinator records who attended a group guidance session.',
  type: 'object',
  additionalProperties: false,
  required: ['sessionId', 'clientId', 'organisation', 'attended', 'recordedAt'],
  properties: {
    sessionId: sessionIdProperty,
    clientId: clientIdProperty,
    organisation: organisationProperty,
    attended: { type: 'boolean', description: 'Whether the client attended.' },
    recordedAt: instantProperty('When the attendance was recorded'),
  },
} as const satisfies JSONSchemaType<AttendanceRecordedV1> & Record<string, unknown>;
