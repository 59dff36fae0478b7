import { HELSINKI_TIME_ZONE, partsOf, type CalendarDate } from '@career/calendar';

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const LOCALES: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** "tiistaina 12.5.2026 klo 13.00" / "tisdag 12.5.2026 kl. 13.00" / "Tuesday, 12 May 2026 at 13:00", Helsinki time (Intl, Node's ICU). */
export function formatMeetingTime(instant: string, language: Language): string {
  const date = new Date(instant);
  const day = new Intl.DateTimeFormat(LOCALES[language], { timeZone: HELSINKI_TIME_ZONE, weekday: 'long', day: 'numeric', month: language === 'en' ? 'long' : 'numeric', year: 'numeric' }).format(date);
  const time = new Intl.DateTimeFormat(LOCALES[language], { timeZone: HELSINKI_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
  const at = { fi: 'klo', sv: 'kl.', en: 'at' }[language];
  return `${day} ${at} ${time}`;
}

/** A calendar date as people write it: 12.5.2026 (fi, sv), 12 May 2026 (en). */
export function formatDate(date: CalendarDate, language: Language): string {
  const { year, month, day } = partsOf(date);
  if (language === 'en') return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(Date.UTC(year, month - 1, day));
  return `${day}.${month}.${year}`;
}
