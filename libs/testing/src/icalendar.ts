import ICAL from 'ical.js';

export interface ParsedCalendarEvent {
  uid: string;
  start: string;
  end: string;
  startTzid?: string;
  dtstamp: string;
  summary: string;
  location?: string;
  status?: string;
  sequence?: number;
  properties: string[];
}

/**
 * Parses an RFC 5545 document with ical.js (Mozilla's parser, independent of the writer),
 * registering only the document's own VTIMEZONE, so local times are read by its rules.
 */
export function parseCalendar(text: string): { timezones: string[]; properties: string[]; events: ParsedCalendarEvent[] } {
  ICAL.TimezoneService.reset();
  const root = new ICAL.Component(ICAL.parse(text));
  const timezones = root.getAllSubcomponents('vtimezone');
  for (const zone of timezones) ICAL.TimezoneService.register(zone);
  try {
    return {
      timezones: timezones.map((zone) => String(zone.getFirstPropertyValue('tzid'))),
      properties: root.getAllProperties().map((p) => p.name),
      events: root.getAllSubcomponents('vevent').map((component) => {
        const event = new ICAL.Event(component);
        const tzid = component.getFirstProperty('dtstart')?.getParameter('tzid');
        return {
          uid: event.uid,
          start: event.startDate.toJSDate().toISOString(),
          end: event.endDate.toJSDate().toISOString(),
          ...(typeof tzid === 'string' ? { startTzid: tzid } : {}),
          dtstamp: (component.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString(),
          summary: event.summary,
          ...(event.location ? { location: event.location } : {}),
          status: component.getFirstPropertyValue('status') as string | undefined,
          sequence: component.getFirstPropertyValue('sequence') as unknown as number | undefined,
          properties: component.getAllProperties().map((p) => p.name),
        };
      }),
    };
  } finally {
    ICAL.TimezoneService.reset();
  }
}
