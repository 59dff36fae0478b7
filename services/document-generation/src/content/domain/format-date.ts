/**
 * Dates as written in each language: fi "28.11.2026", sv "28 november 2026", en
 * "28 November 2026". The day itself comes from libs/calendar (`helsinkiDate`: the calendar
 * day in Finland, so a document generated at 00:30 Finnish time is not dated the day before).
 */
import { isCalendarDate, partsOf, type CalendarDate } from '@career/calendar';
import { LABELS } from '../../templates/labels';
import type { DocumentLanguage } from './profile-input';

export function formatCalendarDate(date: CalendarDate, language: DocumentLanguage): string {
  const { year, month, day } = partsOf(date);
  const months = LABELS[language].months;
  if (months.length === 0) return `${day}.${month}.${year}`;
  return `${day} ${months[month - 1]} ${year}`;
}

/** A date from the inputs in the document's language; anything but a real YYYY-MM-DD date is printed as given. */
export function formatInputDate(value: string, language: DocumentLanguage): string {
  const date = value.trim();
  return isCalendarDate(date) ? formatCalendarDate(date, language) : date;
}

/** "2019–2024", "2019" (one year) or "2021–nyt" (still going on). */
export function formatPeriod(startYear: number, endYear: number | undefined, language: DocumentLanguage): string {
  if (endYear === undefined) return LABELS[language].ongoingPeriod.replace('{start}', String(startYear));
  return endYear === startYear ? String(startYear) : `${startYear}–${endYear}`;
}
