import type { PublishedSchema } from '../published-schema';

/** Everything outcomes-reporting publishes on career.outcomes-reporting.events.v1 (one file per event and version beside this one). */
export const OUTCOMES_REPORTING_SCHEMAS: readonly PublishedSchema[] = [];
