import type { JsonSchema } from '../published-schema';
import { removableFrom, type Deprecation } from './deprecations';
import { releaseViolations } from './release-rules';

const v1: JsonSchema = { type: 'object', required: ['id'], properties: { id: { type: 'string' } } };
const v2: JsonSchema = { type: 'object', required: ['id', 'kind'], properties: { id: { type: 'string' }, kind: { type: 'string' } } };
const deprecation: Deprecation = { event: 'Thing.v1', deprecatedOn: '2026-01-31', replacedBy: 'Thing.v2', note: 'kind is now required.' };

describe('releaseViolations', () => {
  it('passes when every registered version matches its snapshot', () => {
    expect(releaseViolations({ registered: new Map([['Thing.v1', v1]]), released: [{ key: 'Thing.v1', schema: v1 }], deprecations: [], today: '2026-03-01' })).toEqual([]);
  });

  it('asks for a snapshot of a registered version that has none', () => {
    expect(releaseViolations({ registered: new Map([['Thing.v1', v1]]), released: [], deprecations: [], today: '2026-03-01' })).toEqual([
      'Thing.v1 has no released snapshot',
    ]);
  });

  it('fails a breaking change without a new version', () => {
    const [violation] = releaseViolations({ registered: new Map([['Thing.v1', v2]]), released: [{ key: 'Thing.v1', schema: v1 }], deprecations: [], today: '2026-03-01' });
    expect(violation).toMatch(/^Thing\.v1: breaking change at \/properties\/kind \(required-field-added/);
  });

  it('accepts the same change as a new version beside the old one', () => {
    const registered = new Map([['Thing.v1', v1], ['Thing.v2', v2]]);
    const released = [{ key: 'Thing.v1', schema: v1 }, { key: 'Thing.v2', schema: v2 }];
    expect(releaseViolations({ registered, released, deprecations: [deprecation], today: '2026-03-01' })).toEqual([]);
  });

  it('refuses to drop a released version without a deprecation entry', () => {
    const released = [{ key: 'Thing.v1', schema: v1 }, { key: 'Thing.v2', schema: v2 }];
    expect(releaseViolations({ registered: new Map([['Thing.v2', v2]]), released, deprecations: [], today: '2027-01-01' })).toEqual([
      'Thing.v1 was released but is no longer registered, and has no deprecation entry',
    ]);
  });

  it('refuses to drop a deprecated version before its period ends, and allows it after', () => {
    const registered = new Map([['Thing.v2', v2]]);
    const released = [{ key: 'Thing.v1', schema: v1 }, { key: 'Thing.v2', schema: v2 }];
    expect(removableFrom(deprecation)).toBe('2026-07-31');
    expect(releaseViolations({ registered, released, deprecations: [deprecation], today: '2026-07-30' })).toEqual([
      'Thing.v1 was removed before its deprecation period ended (deprecated 2026-01-31, removable from 2026-07-31)',
    ]);
    expect(releaseViolations({ registered, released, deprecations: [deprecation], today: '2026-07-31' })).toEqual([]);
  });

  it('rejects deprecation entries that point nowhere', () => {
    const typo: Deprecation = { ...deprecation, event: 'Thng.v1', replacedBy: 'Thing.v3' };
    expect(releaseViolations({ registered: new Map([['Thing.v1', v1]]), released: [{ key: 'Thing.v1', schema: v1 }], deprecations: [typo], today: '2026-03-01' })).toEqual([
      'deprecation of Thng.v1: no such released version',
      'deprecation of Thng.v1: its replacement Thing.v3 is not registered',
    ]);
  });

  it('rejects a malformed deprecation entry', () => {
    const malformed = { ...deprecation, deprecatedOn: '31.1.2026', note: ' ' };
    const registered = new Map([['Thing.v1', v1], ['Thing.v2', v2]]);
    const released = [{ key: 'Thing.v1', schema: v1 }, { key: 'Thing.v2', schema: v2 }];
    expect(releaseViolations({ registered, released, deprecations: [malformed], today: '2026-03-01' })).toEqual([
      'deprecation of Thing.v1: needs replacedBy "<Type>.v<n>", deprecatedOn "YYYY-MM-DD" and a note',
    ]);
  });
});
