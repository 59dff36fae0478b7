import type { JSONSchemaType } from 'ajv';

/**
 * Published by document-generation when it deleted the stored files of a client's document,
 * after the client's personal data was destroyed (PersonalDataDestroyed, scope "all"). The
 * versions' metadata stays, so counts already reported stay explainable.
 */
export interface DocumentsDestroyedV1 {
  clientId: string;
  organisation: string;
  documentId: string;
  destroyedVersions: number;
  destroyedAt: string;
}

export const DOCUMENTS_DESTROYED = 'DocumentsDestroyed';

export const documentsDestroyedV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://career.ely.fi/schemas/document-generation/DocumentsDestroyed.v1.json',
  title: 'DocumentsDestroyed v1',
  description: 'Emitted once per document when the files of all its versions were deleted because the client\'s personal data was destroyed.',
  type: 'object',
  additionalProperties: false,
  required: ['clientId', 'organisation', 'documentId', 'destroyedVersions', 'destroyedAt'],
  properties: {
    clientId: { type: 'string', format: 'uuid', description: 'The client whose documents were destroyed.' },
    organisation: { type: 'string', minLength: 1, description: 'Code of the organisation owning the client\'s record.' },
    documentId: { type: 'string', format: 'uuid', description: 'The document whose versions\' files were deleted.' },
    destroyedVersions: { type: 'integer', minimum: 0, description: 'How many versions the document had; none of their files can be downloaded any more.' },
    destroyedAt: { type: 'string', format: 'date-time', description: 'When the files were destroyed (ISO 8601).' },
  },
} as const satisfies JSONSchemaType<DocumentsDestroyedV1> & Record<string, unknown>;
