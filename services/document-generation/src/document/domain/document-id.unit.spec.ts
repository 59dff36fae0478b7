import { documentAggregate } from './document.aggregate';
import { documentIdOf, documentIdsOfClient } from './document-id';

const clientId = '5b0c3f5e-8a3c-4c55-9d3e-6c1c9f0f2a11';

describe('document ids', () => {
  it('are name-based UUIDs (v5), stable for the same client, kind and language', () => {
    const id = documentIdOf(clientId, 'skills-cv', 'fi');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(documentIdOf(clientId.toUpperCase(), 'skills-cv', 'fi')).toBe(id);
    // Fixed forever: stored streams are found by it.
    expect(id).toBe(documentIdOf('5b0c3f5e-8a3c-4c55-9d3e-6c1c9f0f2a11', 'skills-cv', 'fi'));
  });

  it('give every client nine distinct documents (three kinds, three languages)', () => {
    const ids = documentIdsOfClient(clientId);
    expect(new Set(ids).size).toBe(9);
    expect(ids).not.toContain(documentIdOf('00000000-0000-4000-8000-000000000000', 'skills-cv', 'fi'));
  });

  it('name the stream document-<id>', () => {
    expect(documentAggregate.streamIdOf('abc')).toBe('document-abc');
  });
});
