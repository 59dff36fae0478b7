import { guidanceProcessIdOf } from '@career/contracts';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DomainError, type Access } from '@career/event-sourcing';
import { toICalendar } from '../../icalendar/ical';
import { calendarOptions, meetingEntry } from '../../icalendar/meeting-entries';
import { KnownClients } from '../../known-clients/read-models/known-clients';
import { myMeetingsOf, type MyMeetings } from './my-meetings';
import { collectPersonalDetails } from './personal-details';
import { ProcessStreamReader } from './process-stream.reader';
import { processView, type ProcessView } from './process-view';

/**
 * The signed-in client's own guidance processes and meetings, read from the process streams
 * (process ids derived from the client and each process number client-intake announced), with
 * `access` = their own record only. Not logged as a use of personal data: the reader is the
 * person themself (docs/domain.md#personal-data).
 */
export class MyMeetingsQuery {
  constructor(
    readonly clientId: string,
    readonly access: Access,
    readonly now: Date,
    readonly as: 'json' | 'icalendar',
  ) {}
}

@QueryHandler(MyMeetingsQuery)
export class MyMeetingsHandler implements IQueryHandler<MyMeetingsQuery, MyMeetings | string> {
  constructor(
    private readonly reader: ProcessStreamReader,
    private readonly clients: KnownClients,
  ) {}

  async execute({ clientId, access, now, as }: MyMeetingsQuery): Promise<MyMeetings | string> {
    const views = await this.viewsOf(clientId, access, now);
    const mine = myMeetingsOf(clientId, views);
    if (as === 'json') return mine;
    const entries = mine.meetings.map((m) =>
      meetingEntry({ ...m, moves: m.history.filter((h) => h.change === 'moved').length }),
    );
    return toICalendar(entries, calendarOptions('Ohjaustapaamiset / Guidance meetings', now));
  }

  private async viewsOf(clientId: string, access: Access, now: Date): Promise<ProcessView[]> {
    // A client scheduling has not heard of yet (client-intake's facts still on their way) has no process here.
    const known = await this.clients.find(clientId);
    if (!known) return [];
    const numbers = Array.from({ length: known.processNumber }, (_, i) => i + 1);
    const views = await Promise.all(
      numbers.map(async (number) => {
        try {
          const { state, events, revision } = await this.reader.load(guidanceProcessIdOf(clientId, number), access);
          return processView(state, revision, now, collectPersonalDetails(events), 'location');
        } catch (error) {
          // A process not opened (no advisor yet) or not the caller's: nothing to show.
          if (error instanceof DomainError && error.kind === 'not-found') return undefined;
          throw error;
        }
      }),
    );
    return views.filter((view): view is ProcessView => view !== undefined);
  }
}
