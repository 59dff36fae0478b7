import type { JSONSchemaType } from 'ajv';
import {
  clientIdProperty,
  DIRECTIONS_V1,
  DRAFT_2020_12,
  instantProperty,
  licenceCodeProperty,
  organisationProperty,
  processIdProperty,
  schedulingSchemaId,
} from './scheduling-fields.v1';

/** Published when the initial assessment ends with a direction. The advisor's rationale stays inside scheduling. */
export interface InitialAssessmentCompletedV1 {
  processId: string;
  clientId: string;
  organisation: string;
  direction: (typeof DIRECTIONS_V1)[number];
  licenceCodes: string[];
  meetingsHeld: number;
  completedAt: string;
  /** Helsinki calendar date the first follow-up meeting is due. */
  nextDueDate: string;
}

export const INITIAL_ASSESSMENT_COMPLETED = 'InitialAssessmentCompleted';

export const initialAssessmentCompletedV1Schema = {
  $schema: DRAFT_2020_12,
  $id: schedulingSchemaId(INITIAL_ASSESSMENT_COMPLETED, 1),
  title: 'InitialAssessmentCompleted v1',
  description: 'Emitted when the initial assessment phase is completed (at least 3 meetings held) and the client is directed; the follow-up phase starts.',
  type: 'object',
  additionalProperties: false,
  required: ['processId', 'clientId', 'organisation', 'direction', 'licenceCodes', 'meetingsHeld', 'completedAt', 'nextDueDate'],
  properties: {
    processId: processIdProperty,
    clientId: clientIdProperty,
    organisation: organisationProperty,
    direction: { type: 'string', enum: [...DIRECTIONS_V1], description: 'Where the client is directed: group guidance, licence/permit training, or individual guidance only.' },
    licenceCodes: {
      type: 'array',
      items: licenceCodeProperty,
      uniqueItems: true,
      description: 'The licences or permits to train for; non-empty exactly when direction is `licence-training`.',
    },
    meetingsHeld: { type: 'integer', minimum: 0, description: 'Initial assessment meetings held.' },
    completedAt: instantProperty('When the phase was completed'),
    nextDueDate: { type: 'string', format: 'date', description: 'Date (Europe/Helsinki) the first follow-up meeting is due: two weeks after completion.' },
  },
} as const satisfies JSONSchemaType<InitialAssessmentCompletedV1> & Record<string, unknown>;
