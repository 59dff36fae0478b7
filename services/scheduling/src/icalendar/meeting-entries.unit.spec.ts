import ICAL from 'ical.js';
import { toICalendar } from './ical';
import { calendarOptions, meetingEntry, type CalendarMeeting } from './meeting-entries';

afterEach(() => ICAL.TimezoneService.reset());

const meeting = (more: Partial<CalendarMeeting> = {}): CalendarMeeting => ({
  meetingId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  start: '2026-03-02T08:00:00.000Z',
  durationMinutes: 45,
  mode: 'video',
  status: 'scheduled',
  moves: 0,
  ...more,
});

describe('meetings as calendar entries', () => {
  it('keeps the UID through moves and raises SEQUENCE, so clients update instead of duplicating', () => {
    const before = meetingEntry(meeting());
    const after = meetingEntry(meeting({ start: '2026-03-03T08:00:00.000Z', moves: 1 }));
    expect(after.uid).toBe(before.uid);
    expect([before.sequence, after.sequence]).toEqual([0, 1]);
    expect(after.end.toISOString()).toBe('2026-03-03T08:45:00.000Z');
  });

  it('marks a cancelled meeting CANCELLED with a higher SEQUENCE', () => {
    expect(meetingEntry(meeting({ status: 'cancelled', moves: 2 }))).toMatchObject({ status: 'cancelled', sequence: 3 });
  });

  it('parses back with ical.js: Helsinki local times, UID, DTSTAMP, location, no notes', () => {
    const now = new Date('2026-02-27T12:00:00Z');
    const text = toICalendar([meetingEntry(meeting({ location: 'Kauppakatu 1, Oulu' }))], calendarOptions('Agenda', now));
    const root = new ICAL.Component(ICAL.parse(text));
    const vtimezone = root.getFirstSubcomponent('vtimezone');
    expect(vtimezone?.getFirstPropertyValue('tzid')).toBe('Europe/Helsinki');
    if (vtimezone) ICAL.TimezoneService.register(vtimezone);
    const [component] = root.getAllSubcomponents('vevent');
    const event = new ICAL.Event(component);
    expect(event.uid).toBe('1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f@scheduling.career.ely.fi');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-02T08:00:00.000Z');
    expect(component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Helsinki');
    expect((component.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString()).toBe('2026-02-27T12:00:00.000Z');
    expect(event.location).toBe('Kauppakatu 1, Oulu');
    expect(event.summary).toContain('by video');
    expect(component.getAllProperties().map((p) => p.name)).not.toContain('description');
  });
});
