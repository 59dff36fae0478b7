import { PARTICIPANT_ROWS, FIXTURE_AS_OF } from '../test-support/participant-rows.fixture';
import { canonicalJson } from '@career/platform';
import { figuresChecksum } from './figures-checksum';

describe('figuresChecksum', () => {
  it('does not depend on the order of rows or of keys', () => {
    const reordered = [...PARTICIPANT_ROWS].reverse().map((row) => Object.fromEntries(Object.entries(row).reverse()) as typeof row);
    expect(figuresChecksum(reordered, FIXTURE_AS_OF)).toEqual(figuresChecksum(PARTICIPANT_ROWS, FIXTURE_AS_OF));
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
  });

  it('changes when one figure-relevant fact changes', () => {
    const before = figuresChecksum(PARTICIPANT_ROWS, FIXTURE_AS_OF);
    const changed = PARTICIPANT_ROWS.map((row, i) => (i === 0 ? { ...row, meetingsHeld: row.meetingsHeld + 1 } : row));
    const after = figuresChecksum(changed, FIXTURE_AS_OF);
    expect(after.rowsSha256).not.toBe(before.rowsSha256);
    expect(after.figuresSha256).not.toBe(before.figuresSha256);
    expect(after.rows).toBe(before.rows);
  });
});
