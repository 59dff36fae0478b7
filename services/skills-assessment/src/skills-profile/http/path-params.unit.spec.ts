import { RequestValidationError } from '@career/platform';
import { entryIdOf } from './path-params';

describe('entryIdOf', () => {
  it('accepts generated and curated ids and refuses others naming the field', () => {
    expect(entryIdOf('skillId', '8a2f0c1e-1111-4000-8000-000000000001')).toBe('8a2f0c1e-1111-4000-8000-000000000001');
    expect(entryIdOf('requirementId', 'drive-a-forklift')).toBe('drive-a-forklift');
    expect(() => entryIdOf('skillId', '../x')).toThrow(RequestValidationError);
  });
});
