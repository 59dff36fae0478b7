// The iCalendar reader lives in libs/testing, shared with the services' integration tests.
export { parseCalendar, type ParsedCalendarEvent } from '@career/testing';
