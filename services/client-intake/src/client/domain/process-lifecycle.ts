import type { ClientEvent } from '../client.events';
import { finnishDateOf, isBefore, isIsoDate } from './calendar-date';
import { clientError } from './client-errors';
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
    throw clientError('STILL_ACTIVE', 'The client is still in a guidance process.', { processNumber: client.process.number });
  }
  if (data.statusAtReentry) assertLabourMarketSituation(data.statusAtReentry);
  const events: ClientEvent[] = [
    {
      type: 'ClientReentered',
      data: {
        processNumber: client.process.number + 1,
        entryDate: finnishDateOf(metadata.now),
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
  if (!isIsoDate(data.exitDate)) {
    throw clientError('INVALID_EXIT_DATE', 'The exit date must be a calendar date written YYYY-MM-DD.');
  }
  if (isBefore(data.exitDate, client.process.entryDate)) {
    throw clientError('EXIT_BEFORE_ENTRY', 'The exit date is before the start of the guidance process.', {
      entryDate: client.process.entryDate,
    });
  }
  if (isBefore(finnishDateOf(metadata.now), data.exitDate)) {
    throw clientError('EXIT_DATE_IN_FUTURE', 'The exit date is in the future.');
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
