import { helsinkiWallClock, HELSINKI_TIME_ZONE, isRepeatedHelsinkiTime } from '@career/calendar';

/**
 * A minimal RFC 5545 writer for published calendars (an advisor's agenda, a client's own
 * meetings). Deliberately no notes or description input: a calendar leaves the service, so
 * it carries only when, where and what kind of meeting.
 */
export interface CalendarEntry {
  /** Stable across moves, so calendar clients update the entry instead of adding a new one. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  location?: string;
  status?: 'tentative' | 'confirmed' | 'cancelled';
  /** Revision count (e.g. how many times it was moved); clients prefer the higher one. */
  sequence?: number;
}

export interface CalendarOptions {
  /** e.g. `-//Career Guidance//Scheduling//EN` (RFC 5545 §3.7.3). */
  prodId: string;
  /** Stamped on every entry as DTSTAMP (UTC); passed in, never read from the clock. */
  now: Date;
  calendarName: string;
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;
const utf8 = new TextEncoder();

/**
 * Europe/Helsinki under the EU rules (since 1996): EEST from the last Sunday of March 03:00
 * local, EET from the last Sunday of October 04:00 local. The 1970 DTSTARTs are the first
 * matching Sundays, the usual anchor for a rule that has not changed since.
 */
const HELSINKI_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${HELSINKI_TIME_ZONE}`,
  `X-LIC-LOCATION:${HELSINKI_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0300',
  'TZNAME:EEST',
  'DTSTART:19700329T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0300',
  'TZOFFSETTO:+0200',
  'TZNAME:EET',
  'DTSTART:19701025T040000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export function toICalendar(entries: readonly CalendarEntry[], options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.prodId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(options.calendarName)}`,
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
    `X-WR-TIMEZONE:${HELSINKI_TIME_ZONE}`,
    ...HELSINKI_VTIMEZONE,
  ];
  const stamp = utcDateTime(options.now);
  for (const entry of entries) {
    if (entry.end.getTime() < entry.start.getTime()) throw new Error(`calendar entry ${entry.uid} ends before it starts`);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(entry.uid)}`,
      `DTSTAMP:${stamp}`,
      dateTimeProperty('DTSTART', entry.start),
      dateTimeProperty('DTEND', entry.end),
      `SUMMARY:${escapeText(entry.summary)}`,
    );
    if (entry.location) lines.push(`LOCATION:${escapeText(entry.location)}`);
    if (entry.status) lines.push(`STATUS:${entry.status.toUpperCase()}`);
    if (entry.sequence !== undefined) lines.push(`SEQUENCE:${Math.max(0, Math.trunc(entry.sequence))}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/**
 * Local Helsinki time with TZID, as calendar clients show it. The exception is the autumn's
 * repeated hour (03:00-03:59 happens twice): RFC 5545 §3.3.5 reads such a local time as the
 * first pass, but parsers differ (ical.js takes the second), so both passes are written in
 * UTC, which every client reads the same way.
 */
function dateTimeProperty(name: string, instant: Date): string {
  const wholeSeconds = new Date(Math.floor(instant.getTime() / 1000) * 1000);
  if (isRepeatedHelsinkiTime(wholeSeconds)) return `${name}:${utcDateTime(wholeSeconds)}`;
  const wall = helsinkiWallClock(wholeSeconds);
  const local = `${pad(wall.year, 4)}${pad(wall.month)}${pad(wall.day)}T${pad(wall.hour)}${pad(wall.minute)}${pad(wall.second)}`;
  return `${name};TZID=${HELSINKI_TIME_ZONE}:${local}`;
}

function utcDateTime(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** TEXT escaping (RFC 5545 §3.3.11); other control characters are not allowed in a value. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** Lines longer than 75 octets continue on lines starting with one space; never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8.encode(char).length;
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}
