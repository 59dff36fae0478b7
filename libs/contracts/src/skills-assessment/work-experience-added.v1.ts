import type { JSONSchemaType } from 'ajv';
import { HISTORY_ENTRY_REQUIRED, historyEntryProperties, type PublishedHistoryEntryV1 } from './history-fields.v1';
import { RECORDED_CHANGE_REQUIRED, recordedChangeProperties, type RecordedChangeV1 } from './profile-fields.v1';

/** A work experience entry was added to the client's skills profile: title and years (no employer, no description). */
export type WorkExperienceAddedV1 = RecordedChangeV1 & PublishedHistoryEntryV1;

export const WORK_EXPERIENCE_ADDED = 'WorkExperienceAdded';

export const workExperienceAddedV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://career.ely.fi/schemas/skills-assessment/WorkExperienceAdded.v1.json',
  title: 'WorkExperienceAdded v1',
  description: "A work experience entry was added to the client's skills profile: title and years only (the employer and the free-text description stay in skills-assessment).",
  type: 'object',
  additionalProperties: false,
  required: [...RECORDED_CHANGE_REQUIRED, ...HISTORY_ENTRY_REQUIRED],
  properties: { ...recordedChangeProperties, ...historyEntryProperties('work experience') },
} as const satisfies JSONSchemaType<WorkExperienceAddedV1> & Record<string, unknown>;
