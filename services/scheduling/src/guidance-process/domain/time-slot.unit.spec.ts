import { overlaps, slotEnd } from './time-slot';

describe('overlaps (advisor double booking, enforced by the service across streams)', () => {
  const slot = (start: string, durationMinutes = 60) => ({ start, durationMinutes });

  it('finds overlapping and contained slots, in either order', () => {
    expect(overlaps(slot('2026-03-04T10:00:00Z'), slot('2026-03-04T10:30:00Z'))).toBe(true);
    expect(overlaps(slot('2026-03-04T10:30:00Z'), slot('2026-03-04T10:00:00Z'))).toBe(true);
    expect(overlaps(slot('2026-03-04T10:00:00Z', 120), slot('2026-03-04T10:30:00Z', 15))).toBe(true);
    expect(overlaps(slot('2026-03-04T10:00:00Z'), slot('2026-03-04T10:00:00Z'))).toBe(true);
  });

  it('lets back-to-back meetings through (half-open slots)', () => {
    expect(overlaps(slot('2026-03-04T10:00:00Z'), slot('2026-03-04T11:00:00Z'))).toBe(false);
    expect(overlaps(slot('2026-03-04T11:00:00Z'), slot('2026-03-04T10:00:00Z'))).toBe(false);
  });

  it('compares instants, whatever offset the starts are written with', () => {
    expect(overlaps(slot('2026-03-04T12:00:00+02:00'), slot('2026-03-04T10:30:00Z'))).toBe(true);
    expect(overlaps(slot('2026-03-04T12:00:00+02:00'), slot('2026-03-04T11:00:00Z'))).toBe(false);
    expect(slotEnd(slot('2026-03-04T12:00:00+02:00', 45)).toISOString()).toBe('2026-03-04T10:45:00.000Z');
  });
});
