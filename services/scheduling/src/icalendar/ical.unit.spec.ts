import ICAL from 'ical.js';
import { toICalendar, type CalendarEntry } from './ical';

// Round trip through ical.js (Mozilla's parser, independent of this writer). Only the
// document's own VTIMEZONE is registered, so the times prove our EET/EEST rules right.
function parse(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  const vtimezone = root.getFirstSubcomponent('vtimezone');
  if (vtimezone) ICAL.TimezoneService.register(vtimezone);
  return {
    root,
    events: root.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      return {
        uid: event.uid,
        start: event.startDate.toJSDate().toISOString(),
        end: event.endDate.toJSDate().toISOString(),
        summary: event.summary,
        location: event.location,
        status: component.getFirstPropertyValue('status'),
        sequence: component.getFirstPropertyValue('sequence'),
        dtstamp: (component.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString(),
        properties: component.getAllProperties().map((p) => p.name),
      };
    }),
  };
}

afterEach(() => ICAL.TimezoneService.reset());

const NOW = new Date('2026-03-01T12:34:56.789Z');
const options = { prodId: '-//Career Guidance//Scheduling//EN', now: NOW, calendarName: 'Ohjaaja A: tapaamiset' };
const entry = (uid: string, start: string, minutes: number, more: Partial<CalendarEntry> = {}): CalendarEntry => ({
  uid,
  start: new Date(start),
  end: new Date(Date.parse(start) + minutes * 60_000),
  summary: 'Ohjaustapaaminen',
  ...more,
});

describe('toICalendar', () => {
  const entries: CalendarEntry[] = [
    entry('winter@career', '2026-03-04T08:00:00Z', 60), // 10:00 EET
    entry('spring-sunday@career', '2026-03-29T07:00:00Z', 60), // 10:00 EEST, the day summer time starts
    entry('across-spring-gap@career', '2026-03-29T00:30:00Z', 60), // 02:30 EET -> 04:30 EEST
    entry('summer@career', '2026-07-15T06:00:00Z', 45), // 09:00 EEST
    entry('first-pass@career', '2026-10-25T00:30:00Z', 30), // 03:30 EEST
    entry('second-pass@career', '2026-10-25T01:30:00Z', 30), // 03:30 EET, the repeated hour
    entry('autumn-monday@career', '2026-10-26T08:00:00Z', 60), // 10:00 EET
    entry('year-end@career', '2026-12-31T21:30:00Z', 60), // 23:30 EET into the new year
  ];

  it('is read back by an independent parser with the exact instants, across both DST changes', () => {
    const { events } = parse(toICalendar(entries, options));
    expect(events.map(({ uid, start, end }) => ({ uid, start, end }))).toEqual(
      entries.map((e) => ({ uid: e.uid, start: e.start.toISOString(), end: e.end.toISOString() })),
    );
  });

  it('writes local Helsinki times with TZID, and UTC for the repeated autumn hour, which parsers read differently', () => {
    const text = toICalendar(entries, options);
    expect(text).toContain('DTSTART;TZID=Europe/Helsinki:20260304T100000\r\n');
    expect(text).toContain('DTSTART;TZID=Europe/Helsinki:20260329T100000\r\n');
    expect(text).toContain('DTSTART;TZID=Europe/Helsinki:20260329T023000\r\nDTEND;TZID=Europe/Helsinki:20260329T043000\r\n');
    expect(text).toContain('DTSTART;TZID=Europe/Helsinki:20260715T090000\r\n');
    expect(text).toContain('DTSTART:20261025T003000Z\r\nDTEND:20261025T010000Z\r\n');
    expect(text).toContain('DTSTART:20261025T013000Z\r\nDTEND;TZID=Europe/Helsinki:20261025T040000\r\n');
    expect(text).toContain('DTSTART;TZID=Europe/Helsinki:20261231T233000\r\n');
    expect(text).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Helsinki\r\n/);
  });

  it('stamps every entry with DTSTAMP in UTC from the given now, and carries UID, status and sequence', () => {
    const text = toICalendar([entry('x@career', '2026-03-04T08:00:00Z', 60, { status: 'cancelled', sequence: 2 })], options);
    expect(text).toContain('DTSTAMP:20260301T123456Z\r\n');
    const [event] = parse(text).events;
    expect(event).toMatchObject({ uid: 'x@career', dtstamp: '2026-03-01T12:34:56.000Z', status: 'CANCELLED', sequence: 2 });
  });

  it('escapes text and folds long lines at 75 octets without splitting a character', () => {
    const summary = `Ryhmäohjaus; "osaaminen", vaihe 1\\2\nToinen rivi — ${'äöå€😀'.repeat(20)}`;
    const location = 'Työllisyyspalvelut, Hämeenkatu 1; 2. krs';
    const text = toICalendar([entry('long@career', '2026-03-04T08:00:00Z', 60, { summary, location })], options);

    expect(text).toContain('SUMMARY:Ryhmäohjaus\\; "osaaminen"\\, vaihe 1\\\\2\\nToinen rivi');
    const [event] = parse(text).events;
    expect(event.summary).toBe(summary);
    expect(event.location).toBe(location);

    const physicalLines = text.split('\r\n');
    expect(physicalLines.pop()).toBe(''); // ends with CRLF
    expect(physicalLines.some((line) => line.includes('\n') || line.includes('\r'))).toBe(false);
    expect(Math.max(...physicalLines.map((line) => Buffer.byteLength(line, 'utf8')))).toBeLessThanOrEqual(75);
    expect(physicalLines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(2);
  });

  it('has no way to carry notes: unknown fields never reach the calendar', () => {
    const withNotes = { ...entry('n@career', '2026-03-04T08:00:00Z', 60), notes: 'Client disclosed health issues' };
    const text = toICalendar([withNotes as CalendarEntry], options);
    expect(text).not.toContain('health');
    expect(parse(text).events[0].properties.sort()).toEqual(['dtend', 'dtstamp', 'dtstart', 'summary', 'uid']);
  });

  it('writes a valid empty calendar with its name and product id', () => {
    const { root, events } = parse(toICalendar([], options));
    expect(events).toEqual([]);
    expect(root.getFirstPropertyValue('prodid')).toBe(options.prodId);
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe(options.calendarName);
  });

  it('refuses an entry that ends before it starts', () => {
    expect(() =>
      toICalendar([{ ...entry('bad@career', '2026-03-04T08:00:00Z', 60), end: new Date('2026-03-04T07:00:00Z') }], options),
    ).toThrow('ends before it starts');
  });
});
