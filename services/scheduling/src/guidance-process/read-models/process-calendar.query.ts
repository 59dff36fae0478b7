import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Access } from '@career/event-sourcing';
import { toICalendar } from '../../icalendar/ical';
import { calendarOptions, meetingEntry } from '../../icalendar/meeting-entries';
import { collectPersonalDetails } from './personal-details';
import { ProcessStreamReader } from './process-stream.reader';

/** The client's own calendar of one process's meetings (RFC 5545); only when, where and how. */
export class ProcessCalendarQuery {
  constructor(
    readonly processId: string,
    readonly access: Access,
    readonly now: Date,
  ) {}
}

@QueryHandler(ProcessCalendarQuery)
export class ProcessCalendarHandler implements IQueryHandler<ProcessCalendarQuery, string> {
  constructor(private readonly reader: ProcessStreamReader) {}

  async execute({ processId, access, now }: ProcessCalendarQuery): Promise<string> {
    const { state, events } = await this.reader.load(processId, access);
    const personal = collectPersonalDetails(events);
    const entries = state.meetings.map((m) =>
      meetingEntry({
        meetingId: m.meetingId,
        start: m.start,
        durationMinutes: m.durationMinutes,
        mode: m.mode,
        status: m.status,
        moves: m.history.filter((h) => h.change === 'moved').length,
        location: personal.meetings[m.meetingId]?.location,
      }),
    );
    return toICalendar(entries, calendarOptions('Ohjaustapaamiset / Guidance meetings', now));
  }
}
