import type { PublishedSchema } from '../published-schema';
import { FOLLOW_UP_RECORDED, followUpRecordedV1Schema } from './follow-up-recorded.v1';
import { OUTCOME_RECORDED, outcomeRecordedV1Schema } from './outcome-recorded.v1';

export {
  CONTRACT_TYPES_V1,
  INSTITUTION_TYPES_V1,
  OUTCOME_SOURCES_V1,
  OUTCOME_STATUSES_V1,
  QUALIFICATION_KINDS_V1,
  WORKING_TIMES_V1,
  type OutcomeStatusFieldsV1,
} from './outcome-fields.v1';
export * from './outcome-recorded.v1';
export * from './follow-up-recorded.v1';
export * from './follow-up-window';

/** Everything outcomes-reporting publishes on career.outcomes-reporting.events.v1 (one file per event and version beside this one). */
export const OUTCOMES_REPORTING_SCHEMAS: readonly PublishedSchema[] = [
  { type: OUTCOME_RECORDED, version: 1, schema: outcomeRecordedV1Schema },
  { type: FOLLOW_UP_RECORDED, version: 1, schema: followUpRecordedV1Schema },
];
