import type { JSONSchemaType } from 'ajv';
import { HISTORY_ENTRY_REQUIRED, historyEntryProperties, type PublishedHistoryEntryV1 } from './history-fields.v1';
import { RECORDED_CHANGE_REQUIRED, recordedChangeProperties, type RecordedChangeV1 } from './profile-fields.v1';

/** An education entry was added to the client's skills profile: title and years (no institution, no description). */
export type EducationAddedV1 = RecordedChangeV1 & PublishedHistoryEntryV1;

export const EDUCATION_ADDED = 'EducationAdded';

export const educationAddedV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://career.ely.fi/schemas/skills-assessment/EducationAdded.v1.json',
  title: 'EducationAdded v1',
  description: "An education entry was added to the client's skills profile: title and years only (the institution and the free-text description stay in skills-assessment).",
  type: 'object',
  additionalProperties: false,
  required: [...RECORDED_CHANGE_REQUIRED, ...HISTORY_ENTRY_REQUIRED],
  properties: { ...recordedChangeProperties, ...historyEntryProperties('education') },
} as const satisfies JSONSchemaType<EducationAddedV1> & Record<string, unknown>;
