import { isInstant, parseInstant } from './instant';

describe('strict ISO 8601 instants', () => {
  it.each([
    ['2026-03-02T10:00:00+02:00', '2026-03-02T08:00:00.000Z'],
    ['2026-03-02T10:00+02:00', '2026-03-02T08:00:00.000Z'],
    ['2026-03-02T10:00:00.5Z', '2026-03-02T10:00:00.500Z'],
    ['2028-02-29T23:59:59-05:00', '2028-03-01T04:59:59.000Z'],
  ])('reads %s', (value, iso) => {
    expect(parseInstant(value)?.toISOString()).toBe(iso);
  });

  it.each([
    '2027-02-30T10:00:00+02:00', // no rollover to 2 March
    '2026-02-29T10:00:00Z',
    '2026-04-31T10:00:00Z',
    '2026-13-01T10:00:00Z',
    '2026-03-02T24:00:00Z',
    '2026-03-02T10:60:00Z',
    '2026-03-02T10:00:60Z',
    '2026-03-02T10:00:00', // no offset
    '2026-03-02T10:00:00+25:00',
    '2026-03-02 10:00:00Z',
    '2026-03-02',
    '',
  ])('refuses %s', (value) => {
    expect(parseInstant(value)).toBeUndefined();
    expect(isInstant(value)).toBe(false);
  });
});
