import type { DestroyDocuments, RecordGeneratedVersion } from '../document/domain/document.commands';

/** One client's Finnish skills CV, as the tests of the document stream use it. */
export const FIXTURE_CLIENT_ID = '5b0c3f5e-8a3c-4c55-9d3e-6c1c9f0f2a11';
export const FIXTURE_DOCUMENT_ID = '0f7a8f44-2f0c-5a5e-9a8c-3c1d2e4f5a6b';

/** The command a generation sends once its file is rendered: a PDF built from profile revision 4. */
export function recordVersion(overrides: Partial<RecordGeneratedVersion['data']> = {}, now = new Date('2026-03-04T10:00:00.000Z')): RecordGeneratedVersion {
  return {
    type: 'RecordGeneratedVersion',
    data: {
      documentId: FIXTURE_DOCUMENT_ID,
      clientId: FIXTURE_CLIENT_ID,
      kind: 'skills-cv',
      language: 'fi',
      format: 'pdf',
      templateVersion: 'skills-cv-v1+labels-v1',
      sha256: 'a'.repeat(64),
      size: 12_345,
      storageRef: 'file-1',
      provenance: { skillsProfileRevision: 4, intakeRevision: 0 },
      documentDate: '2026-03-04',
      redactedIdentityCodes: 0,
      ...overrides,
    },
    metadata: { now },
  };
}

export function destroyDocuments(now: Date): DestroyDocuments {
  return { type: 'DestroyDocuments', data: { documentId: FIXTURE_DOCUMENT_ID, clientId: FIXTURE_CLIENT_ID }, metadata: { now } };
}
