import type { CalendarDate } from '@career/calendar';
import type { ClientRegistered } from './client.events';
import type { ClientState } from './client-state';
import type { Gender, IscedLevel, LabourMarketStatus } from './entry-data';
import { voluntaryCategories, type VoluntaryCategories } from './voluntary-answers';

/**
 * A participant's Structural Fund entry data as categories: exactly what the ClientRegistered
 * integration event carries on Kafka (career.client-intake.events.v1). Nothing in it is a
 * direct identifier: no name, identity code, date of birth, contact detail or municipality.
 *
 * - Age is the whole number of years at entry, not a band: ESF 2014-2020 bands it <25 / 25-54
 *   / >54 and ESF+ <18 / 18-29 / 30-54 / 55+, so reporting (outcomes-reporting, from
 *   libs/contracts) bands it for whichever programme it reports.
 * - Re-entry does not change these: the first entry counts (docs/domain.md#structural-fund-reporting).
 * - Voluntary answers read 'not-told' when not asked, declined, withdrawn or destroyed, so a
 *   consumer never learns more than the client currently lets us use.
 */
export interface EntryCategories {
  entryDate: CalendarDate;
  gender: Gender;
  ageAtEntry: number;
  labourMarketStatus?: LabourMarketStatus;
  unemploymentMonths?: number;
  highestEducationIsced?: IscedLevel;
  voluntary: VoluntaryCategories;
  entryDataComplete: boolean;
}

/** The categories of a registered client (undefined before registration). */
export function entryCategories(state: ClientState): EntryCategories | undefined {
  if (state.status === 'Empty') return undefined;
  const answers = state.status === 'Destroyed' ? undefined : state.voluntaryAnswers;
  const { entryDate, facts, complete } = state.firstEntry;
  return build(entryDate, facts, answers, complete);
}

/**
 * The same from a ClientRegistered event alone, for the relay. The event must be DECODED first
 * (voluntary answers decrypted with the voluntary key, or ERASED once destroyed, which reads
 * 'not-told'); a still-encrypted `voluntary` throws rather than publish wrong categories.
 */
export function entryCategoriesOfRegistration(data: ClientRegistered['data']): EntryCategories {
  return build(data.entryDate, data.entry, data.voluntary, data.entryDataComplete);
}

function build(entryDate: CalendarDate, facts: ClientRegistered['data']['entry'], answers: unknown, complete: boolean): EntryCategories {
  return {
    entryDate,
    gender: facts.gender,
    ageAtEntry: facts.ageAtEntry,
    ...(facts.labourMarketStatus !== undefined ? { labourMarketStatus: facts.labourMarketStatus } : {}),
    ...(facts.unemploymentMonths !== undefined ? { unemploymentMonths: facts.unemploymentMonths } : {}),
    ...(facts.highestEducationIsced !== undefined ? { highestEducationIsced: facts.highestEducationIsced } : {}),
    voluntary: voluntaryCategories(answers),
    entryDataComplete: complete,
  };
}
