import type { JSONSchemaType } from 'ajv';

export const DOCUMENT_KINDS_V1 = ['skills-cv', 'job-application'] as const;
export const DOCUMENT_LANGUAGES_V1 = ['fi', 'sv', 'en'] as const;
export const DOCUMENT_FORMATS_V1 = ['pdf', 'docx', 'json'] as const;
/** Who generated a version: the client on their own channel, or staff (an advisor or coordinator). */
export const DOCUMENT_GENERATED_BY_V1 = ['client', 'staff'] as const;

/**
 * Published by document-generation when a new version of a client's document was generated:
 * the facts reporting counts ("drew up a skills-based CV", "wrote a job application"). Never
 * the content, the file, the vacancy or anything else personal.
 */
export interface DocumentGeneratedV1 {
  clientId: string;
  organisation: string;
  documentId: string;
  kind: (typeof DOCUMENT_KINDS_V1)[number];
  language: (typeof DOCUMENT_LANGUAGES_V1)[number];
  format: (typeof DOCUMENT_FORMATS_V1)[number];
  version: number;
  generatedAt: string;
  /** Who generated it (absent in facts published before the field existed). */
  generatedBy?: (typeof DOCUMENT_GENERATED_BY_V1)[number];
}

export const DOCUMENT_GENERATED = 'DocumentGenerated';

export const documentGeneratedV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://career.ely.fi/schemas/document-generation/DocumentGenerated.v1.json',
  title: 'DocumentGenerated v1',
  description:
    'Emitted when a new version of a client\'s document (skills-based CV or job application) was generated and stored. ' +
    'Carries no content: reporting uses it to count clients who drew up a skills-based CV or wrote a job application.',
  type: 'object',
  additionalProperties: false,
  required: ['clientId', 'organisation', 'documentId', 'kind', 'language', 'format', 'version', 'generatedAt'],
  properties: {
    clientId: { type: 'string', format: 'uuid', description: 'The client the document was generated for.' },
    organisation: { type: 'string', minLength: 1, description: 'Code of the organisation owning the client\'s record.' },
    documentId: {
      type: 'string',
      format: 'uuid',
      description: 'The document: one per client, kind and language; its versions share this id.',
    },
    kind: { type: 'string', enum: [...DOCUMENT_KINDS_V1], description: 'skills-cv = skills-based CV (osaamispohjainen CV); job-application = application for one vacancy (hakemus).' },
    language: { type: 'string', enum: [...DOCUMENT_LANGUAGES_V1], description: 'Language the document is written in: Finnish, Swedish or English.' },
    format: { type: 'string', enum: [...DOCUMENT_FORMATS_V1], description: 'File format of this version: PDF, Word (DOCX) or the JSON content model.' },
    version: { type: 'integer', minimum: 1, description: 'Version number within the document, 1 for the first generation, increasing by one.' },
    generatedAt: { type: 'string', format: 'date-time', description: 'When the version was generated (ISO 8601).' },
    generatedBy: {
      type: 'string',
      enum: [...DOCUMENT_GENERATED_BY_V1],
      nullable: true,
      description:
        'Who generated this version: client = the client themself, signed in on their own channel (reporting counts it as what the client did); staff = an advisor or coordinator. Absent in facts published before the field was added.',
    },
  },
} as const satisfies JSONSchemaType<DocumentGeneratedV1> & Record<string, unknown>;
