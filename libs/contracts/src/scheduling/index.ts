import type { PublishedSchema } from '../published-schema';

/** Everything scheduling publishes on career.scheduling.events.v1 (one file per event and version beside this one). */
export const SCHEDULING_SCHEMAS: readonly PublishedSchema[] = [];
