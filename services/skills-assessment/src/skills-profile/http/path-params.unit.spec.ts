import { RequestValidationError } from '@career/platform';
import { entryIdOf, expectedRevisionOf, newEntryId } from './http-conventions';

const CLIENT = '6f1c2b1e-5d3a-4c55-9a70-2f8f0e7d9b11';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('If-Match', () => {
  it('reads the revision from a strong, weak or bare ETag; absent is no condition', () => {
    expect(expectedRevisionOf('"3"')).toBe(3);
    expect(expectedRevisionOf('W/"12"')).toBe(12);
    expect(expectedRevisionOf('0')).toBe(0);
    expect(expectedRevisionOf(undefined)).toBeUndefined();
  });

  it('refuses anything else with a 400 naming the header', () => {
    for (const bad of ['*', '"abc"', '"1", "2"', '']) {
      expect(() => expectedRevisionOf(bad)).toThrow(RequestValidationError);
    }
    const thrown = (() => {
      try {
        expectedRevisionOf('x');
      } catch (error) {
        return error;
      }
    })();
    expect((thrown as RequestValidationError).errors).toEqual([{ field: 'If-Match', reason: 'must be the ETag of the profile, e.g. "3"' }]);
  });
});

describe('newEntryId', () => {
  it('derives the same UUID from the same client, kind and Idempotency-Key, and a different one otherwise', () => {
    const id = newEntryId(CLIENT, 'skill', 'key-1');
    expect(id).toMatch(UUID);
    expect(newEntryId(CLIENT, 'skill', 'key-1')).toBe(id);
    expect(newEntryId(CLIENT, 'skill', 'key-2')).not.toBe(id);
    expect(newEntryId(CLIENT, 'target', 'key-1')).not.toBe(id);
    expect(newEntryId('7f1c2b1e-5d3a-4c55-9a70-2f8f0e7d9b11', 'skill', 'key-1')).not.toBe(id);
  });

  it('is random without a key and refuses a malformed key', () => {
    expect(newEntryId(CLIENT, 'skill', undefined)).not.toBe(newEntryId(CLIENT, 'skill', undefined));
    expect(() => newEntryId(CLIENT, 'skill', 'has space')).toThrow(RequestValidationError);
    expect(() => newEntryId(CLIENT, 'skill', 'x'.repeat(201))).toThrow(RequestValidationError);
  });
});

describe('entryIdOf', () => {
  it('accepts generated and curated ids and refuses others naming the field', () => {
    expect(entryIdOf('skillId', '8a2f0c1e-1111-4000-8000-000000000001')).toBe('8a2f0c1e-1111-4000-8000-000000000001');
    expect(entryIdOf('requirementId', 'drive-a-forklift')).toBe('drive-a-forklift');
    expect(() => entryIdOf('skillId', '../x')).toThrow(RequestValidationError);
  });
});
