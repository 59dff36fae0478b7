import { helsinkiDate } from '@career/calendar';
import { formatCalendarDate, formatInputDate, formatPeriod } from './format-date';
import { asSentence, inSentence, joinList, truncateText } from './text-utils';

describe('dates', () => {
  it('writes a date as each language does', () => {
    expect(formatCalendarDate('2026-11-28', 'fi')).toBe('28.11.2026');
    expect(formatCalendarDate('2026-11-28', 'sv')).toBe('28 november 2026');
    expect(formatCalendarDate('2026-11-28', 'en')).toBe('28 November 2026');
    expect(formatCalendarDate('2027-01-05', 'fi')).toBe('5.1.2027');
  });

  it('dates a document by the calendar day in Finland, not in UTC', () => {
    expect(formatCalendarDate(helsinkiDate(new Date('2026-11-27T22:30:00Z')), 'fi')).toBe('28.11.2026');
    expect(formatCalendarDate(helsinkiDate(new Date('2026-06-30T20:59:00Z')), 'fi')).toBe('30.6.2026');
    expect(formatCalendarDate(helsinkiDate(new Date('2026-06-30T21:00:00Z')), 'fi')).toBe('1.7.2026');
  });

  it('writes dates from the inputs when they are real YYYY-MM-DD dates, and anything else as given', () => {
    expect(formatInputDate('2029-05-31', 'fi')).toBe('31.5.2029');
    expect(formatInputDate(' 2029-05-31 ', 'en')).toBe('31 May 2029');
    expect(formatInputDate('31.5.2029', 'fi')).toBe('31.5.2029');
    expect(formatInputDate('2029-13-01', 'fi')).toBe('2029-13-01');
  });

  it('writes periods', () => {
    expect(formatPeriod(2019, 2025, 'fi')).toBe('2019–2025');
    expect(formatPeriod(2020, 2020, 'en')).toBe('2020');
    expect(formatPeriod(2021, undefined, 'en')).toBe('2021–present');
  });
});

describe('text helpers', () => {
  it('joins lists with the language conjunction', () => {
    expect(joinList(['a'], 'ja')).toBe('a');
    expect(joinList(['a', 'b'], 'och')).toBe('a och b');
    expect(joinList(['a', 'b', 'c'], 'and')).toBe('a, b and c');
  });

  it('truncates at a sentence when one ends late enough, else at a word with an ellipsis', () => {
    expect(truncateText('Yksi lause. Toinen lause on pidempi.', 20)).toBe('Yksi lause.');
    expect(truncateText('Sanoja ilman pistettä peräkkäin', 20)).toBe('Sanoja ilman…');
    expect(truncateText('lyhyt', 20)).toBe('lyhyt');
  });

  it('ends sentences and lower-cases common nouns inside them', () => {
    expect(asSentence('Hei')).toBe('Hei.');
    expect(asSentence('Hei!')).toBe('Hei!');
    expect(inSentence('Trukkikortti')).toBe('trukkikortti');
    expect(inSentence('Ajokortti (B)')).toBe('ajokortti (B)');
    expect(inSentence('SAP-osaaminen')).toBe('SAP-osaaminen');
    expect(inSentence('Microsoft Excel')).toBe('Microsoft Excel');
    expect(inSentence('Vocational Qualification in Logistics')).toBe('Vocational Qualification in Logistics');
  });
});
