import { compareDates, helsinkiDate, isCalendarDate } from '@career/calendar';
import type { ClientEvent } from './client.events';
import { refuse } from '../../client-intake.errors';
import type { ExitClient, ReenterClient } from './client-commands';
import { requireActive, requireLive } from './client-guards';
import type { ClientState } from './client-state';
import { assertLabourMarketSituation } from './entry-validation';

/**
 * A client who exited comes back: a new process (number + 1) from today. The Structural Fund
 * entry data is not touched (a participant counts once per operation, with the first entry's
 * data); the status now is recorded beside it. A new advisor, if named, follows as its own
 * AdvisorAssigned.
 */
export function decideReenterClient({ data, metadata }: ReenterClient, state: ClientState): ClientEvent[] {
  const client = requireLive(state);
  if (client.status === 'Active') {
    throw refuse('CLIENT.STILL_ACTIVE', { processNumber: client.process.number });
  }
  if (data.statusAtReentry) assertLabourMarketSituation(data.statusAtReentry);
  const events: ClientEvent[] = [
    {
      type: 'ClientReentered',
      data: {
        processNumber: client.process.number + 1,
        entryDate: helsinkiDate(metadata.now),
        previousExitDate: client.lastExit.exitDate,
        ...(data.statusAtReentry ? { statusAtReentry: data.statusAtReentry } : {}),
      },
    },
  ];
  if (data.advisorId !== undefined && data.advisorId !== client.advisorId) {
    events.push({
      type: 'AdvisorAssigned',
      data: { advisorId: data.advisorId, ...(client.advisorId !== undefined ? { previousAdvisorId: client.advisorId } : {}) },
    });
  }
  return events;
}

/** The end of the current process: on a day between its entry and today. */
export function decideExitClient({ data, metadata }: ExitClient, state: ClientState): ClientEvent[] {
  const client = requireActive(state);
  if (!isCalendarDate(data.exitDate)) {
    throw refuse('CLIENT.INVALID_EXIT_DATE');
  }
  if (compareDates(data.exitDate, client.process.entryDate) < 0) {
    throw refuse('CLIENT.EXIT_BEFORE_ENTRY', {
      entryDate: client.process.entryDate,
    });
  }
  if (compareDates(helsinkiDate(metadata.now), data.exitDate) < 0) {
    throw refuse('CLIENT.EXIT_DATE_IN_FUTURE');
  }
  return [
    {
      type: 'ClientExited',
      data: {
        processNumber: client.process.number,
        exitDate: data.exitDate,
        reason: data.reason,
        ...(data.note !== undefined ? { note: data.note } : {}),
      },
    },
  ];
}
