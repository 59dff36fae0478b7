import { DOCUMENT_GENERATED, documentGeneratedV1Schema } from './document-generated.v1';
import { DOCUMENTS_DESTROYED, documentsDestroyedV1Schema } from './documents-destroyed.v1';
import type { PublishedSchema } from '../published-schema';

export * from './document-generated.v1';
export * from './documents-destroyed.v1';

/** Everything document-generation publishes on career.document-generation.events.v1 (one file per event and version beside this one). */
export const DOCUMENT_GENERATION_SCHEMAS: readonly PublishedSchema[] = [
  { type: DOCUMENT_GENERATED, version: 1, schema: documentGeneratedV1Schema },
  { type: DOCUMENTS_DESTROYED, version: 1, schema: documentsDestroyedV1Schema },
];
