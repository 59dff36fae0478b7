import type { JSONSchemaType } from 'ajv';
import { clientIdProperty, DRAFT_2020_12, instantProperty, organisationProperty, processIdProperty, schedulingSchemaId } from './scheduling-fields.v1';

/** Published once per process when its initial assessment runs past week 5 without completion. */
export interface InitialAssessmentOverdueV1 {
  processId: string;
  clientId: string;
  organisation: string;
  firstWeek: string;
  overdueSince: string;
  meetingsHeld: number;
  detectedAt: string;
}

export const INITIAL_ASSESSMENT_OVERDUE = 'InitialAssessmentOverdue';

export const initialAssessmentOverdueV1Schema = {
  $schema: DRAFT_2020_12,
  $id: schedulingSchemaId(INITIAL_ASSESSMENT_OVERDUE, 1),
  title: 'InitialAssessmentOverdue v1',
  description: 'Emitted once, when a scheduled check finds the initial assessment still open after its fifth week.',
  type: 'object',
  additionalProperties: false,
  required: ['processId', 'clientId', 'organisation', 'firstWeek', 'overdueSince', 'meetingsHeld', 'detectedAt'],
  properties: {
    processId: processIdProperty,
    clientId: clientIdProperty,
    organisation: organisationProperty,
    firstWeek: { type: 'string', pattern: '^\\d{4}-W\\d{2}$', description: 'ISO week (Europe/Helsinki) of week 1 of the phase.' },
    overdueSince: instantProperty('Monday 00:00 Helsinki of week 6: when the phase became overdue'),
    meetingsHeld: { type: 'integer', minimum: 0, description: 'Initial assessment meetings held so far.' },
    detectedAt: instantProperty('When the check found it'),
  },
} as const satisfies JSONSchemaType<InitialAssessmentOverdueV1> & Record<string, unknown>;
