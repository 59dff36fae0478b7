import type { JSONSchemaType } from 'ajv';
import { RECORDED_CHANGE_REQUIRED, recordedChangeProperties, type RecordedChangeV1, type SelfAssessmentPhaseV1 } from './profile-fields.v1';

/**
 * The client rated themself (docs/domain.md#the-process, step 7) at the start, during or at the end of the
 * process, so that reporting can measure the change: three ratings from 1 (very weak) to 5.
 */
export interface SelfAssessmentRecordedV1 extends RecordedChangeV1 {
  phase: SelfAssessmentPhaseV1;
  selfKnowledge: number;
  identifyOwnSkills: number;
  careerPlanningConfidence: number;
}

export const SELF_ASSESSMENT_RECORDED = 'SelfAssessmentRecorded';

const rating = (what: string) => ({ type: 'integer', minimum: 1, maximum: 5, description: `${what}, 1 (very weak) to 5 (very strong).` }) as const;

export const selfAssessmentRecordedV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://career.ely.fi/schemas/skills-assessment/SelfAssessmentRecorded.v1.json',
  title: 'SelfAssessmentRecorded v1',
  description: "The client's self-assessment: one at the start, any number during, one at the end of the process.",
  type: 'object',
  additionalProperties: false,
  required: [...RECORDED_CHANGE_REQUIRED, 'phase', 'selfKnowledge', 'identifyOwnSkills', 'careerPlanningConfidence'],
  properties: {
    ...recordedChangeProperties,
    phase: { type: 'string', enum: ['start', 'during', 'end'], description: 'When in the process the client rated themself.' },
    selfKnowledge: rating('How well the client knows themself'),
    identifyOwnSkills: rating('How well the client can identify their own skills'),
    careerPlanningConfidence: rating('Confidence in planning their career independently'),
  },
} as const satisfies JSONSchemaType<SelfAssessmentRecordedV1> & Record<string, unknown>;
