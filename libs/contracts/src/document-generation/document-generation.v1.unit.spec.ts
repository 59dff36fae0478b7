import { schemaFor, validateIntegrationEvent } from '../schema-registry';
import { documentGeneratedV1Schema, type DocumentGeneratedV1 } from './document-generated.v1';
import { documentsDestroyedV1Schema, type DocumentsDestroyedV1 } from './documents-destroyed.v1';

const generated: DocumentGeneratedV1 = {
  clientId: '5b0c3f5e-8a3c-4c55-9d3e-6c1c9f0f2a11',
  organisation: 'KEHA-UUSIMAA',
  documentId: '0f7a8f44-2f0c-5a5e-9a8c-3c1d2e4f5a6b',
  kind: 'skills-cv',
  language: 'fi',
  format: 'pdf',
  version: 2,
  generatedAt: '2026-03-04T10:00:00.000Z',
};

const destroyed: DocumentsDestroyedV1 = {
  clientId: generated.clientId,
  organisation: generated.organisation,
  documentId: generated.documentId,
  destroyedVersions: 2,
  destroyedAt: '2031-03-04T10:00:00.000Z',
};

describe('document-generation contracts', () => {
  it('registers DocumentGenerated v1 and DocumentsDestroyed v1', () => {
    expect(schemaFor('DocumentGenerated', 1)).toBe(documentGeneratedV1Schema);
    expect(schemaFor('DocumentsDestroyed', 1)).toBe(documentsDestroyedV1Schema);
  });

  it('accepts well-formed payloads', () => {
    expect(validateIntegrationEvent('DocumentGenerated', 1, generated)).toEqual({ valid: true, errors: [] });
    expect(validateIntegrationEvent('DocumentsDestroyed', 1, destroyed)).toEqual({ valid: true, errors: [] });
  });

  it('refuses content or personal data riding along', () => {
    const withName = validateIntegrationEvent('DocumentGenerated', 1, { ...generated, title: 'CV – Maija Meikäläinen' });
    expect(withName.errors).toEqual(['/ must NOT have additional properties (title)']);
    expect(withName.errors.join()).not.toContain('Maija');
  });

  it('refuses unknown kinds, formats and version 0', () => {
    expect(validateIntegrationEvent('DocumentGenerated', 1, { ...generated, kind: 'cover-letter' }).valid).toBe(false);
    expect(validateIntegrationEvent('DocumentGenerated', 1, { ...generated, format: 'odt' }).valid).toBe(false);
    expect(validateIntegrationEvent('DocumentGenerated', 1, { ...generated, version: 0 }).valid).toBe(false);
  });

  it('describes every field', () => {
    for (const schema of [documentGeneratedV1Schema, documentsDestroyedV1Schema]) {
      for (const property of Object.values(schema.properties)) expect(property.description).toMatch(/\w{3,}/);
    }
  });
});
