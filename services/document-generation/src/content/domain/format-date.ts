/**
 * Dates as written in each language: fi "28.11.2026", sv "28 november 2026", en
 * "28 November 2026". The calendar day is the one in Finland (Europe/Helsinki) at `now`,
 * so a document generated at 00:30 Finnish time is not dated the day before.
 */
import { LABELS } from '../templates/labels';
import type { DocumentLanguage } from './profile-input';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const HELSINKI_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function helsinkiDate(now: Date): CalendarDate {
  const parts = Object.fromEntries(HELSINKI_DAY.formatToParts(now).map((part) => [part.type, part.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

/** Reads "YYYY-MM-DD"; anything else is returned as null so the caller can print it as given. */
export function parseIsoDate(iso: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year, month, day };
}

export function formatCalendarDate(date: CalendarDate, language: DocumentLanguage): string {
  const months = LABELS[language].months;
  if (months.length === 0) return `${date.day}.${date.month}.${date.year}`;
  return `${date.day} ${months[date.month - 1]} ${date.year}`;
}

export function isoOf(date: CalendarDate): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** "2019–2024", "2019" (one year) or "2021–nyt" (still going on). */
export function formatPeriod(startYear: number, endYear: number | undefined, language: DocumentLanguage): string {
  if (endYear === undefined) return LABELS[language].ongoingPeriod.replace('{start}', String(startYear));
  return endYear === startYear ? String(startYear) : `${startYear}–${endYear}`;
}
