import type { PublishedSchema } from '../published-schema';

/** Everything document-generation publishes on career.document-generation.events.v1 (one file per event and version beside this one). */
export const DOCUMENT_GENERATION_SCHEMAS: readonly PublishedSchema[] = [];
