import { isRetentionOver, retentionEndsOn } from './retention';

// The calendar itself (addYears clamping 29 February, completed years) is tested in libs/calendar.
describe('retention', () => {
  it('ends on the anniversary of the last exit; the data may go the day after', () => {
    expect(retentionEndsOn('2026-03-15', 5)).toBe('2031-03-15');
    expect(isRetentionOver('2026-03-15', 5, '2031-03-15')).toBe(false);
    expect(isRetentionOver('2026-03-15', 5, '2031-03-16')).toBe(true);
  });

  it('ends on the last day of February for an exit on 29 February', () => {
    expect(retentionEndsOn('2024-02-29', 1)).toBe('2025-02-28');
    expect(retentionEndsOn('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('with zero years, from the day after the exit', () => {
    expect(isRetentionOver('2026-03-15', 0, '2026-03-15')).toBe(false);
    expect(isRetentionOver('2026-03-15', 0, '2026-03-16')).toBe(true);
  });
});
