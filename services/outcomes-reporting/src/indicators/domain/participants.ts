import { addDays, addMonths, type CalendarDate } from '@career/calendar';
import type { LabourMarketImprovement, OutcomeStatusCode } from '../../outcome/domain/outcome.events';
import { SIX_MONTHS } from '../../outcome/domain/outcome.rules';
import type { EntryData, EntryLabourMarketStatus, LabourMarketEvent, ParticipantRow } from '../../participants/domain/participant-row';

/**
 * "Upon leaving" = within four weeks: the last labour-market event dated no later than 28 days
 * after the (last) exit decides the status upon leaving (docs/domain.md#structural-fund-reporting).
 * Events before the exit count too: a job that started during the process and still holds is
 * the status at leaving unless a later event within the window replaced it.
 */
export const LEAVING_WINDOW_DAYS = 28;

/**
 * Long-term unemployment as the ESF guidance defines it: more than 6 months of continuous
 * unemployment below 25 years of age, more than 12 months from 25 on. A participant
 * recorded as `long-term-unemployed` is long-term unemployed whatever the months say.
 */
export const LONG_TERM_UNEMPLOYMENT = { youthBelowAge: 25, youthMoreThanMonths: 6, adultMoreThanMonths: 12 } as const;

/** One participant of one operation: all processes of a client in a project, merged. */
export interface Participant {
  clientId: string;
  project: string;
  /** From the first process (the participant's data is the first entry's). */
  organisation: string;
  municipality?: string;
  region?: string;
  advisorId?: string;
  entry: EntryData;
  firstEntryDate: CalendarDate;
  /** The exit of the latest process; absent while the latest process is still open. */
  lastExitDate?: CalendarDate;
  /** Processes after the first one. */
  reentries: number;
  processIds: string[];
  /** From every process, ordered by date, then process order, then recording order. */
  labourMarketEvents: LabourMarketEvent[];
  /** Qualifications and licences gained, each with the day it counts on. */
  qualifications: { code: string; date: CalendarDate }[];
  /** The latest process's six-month follow-up. */
  sixMonthOutcome?: ParticipantRow['sixMonthOutcome'];
}

function byEntry(a: ParticipantRow, b: ParticipantRow): number {
  return a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : a.processId < b.processId ? -1 : 1;
}

/**
 * A participant counts once per operation (docs/domain.md#structural-fund-reporting): rows of
 * the same client and project are one participant, with the FIRST entry's data and the LAST
 * exit.
 */
export function mergeParticipations(rows: readonly ParticipantRow[]): Participant[] {
  const groups = new Map<string, ParticipantRow[]>();
  for (const row of rows) {
    const key = JSON.stringify([row.clientId, row.project]);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const participants: Participant[] = [];
  for (const group of groups.values()) {
    const ordered = [...group].sort(byEntry);
    const first = ordered[0];
    const last = ordered[ordered.length - 1];
    const labourMarketEvents = ordered
      .flatMap((row, processIndex) => row.labourMarketEvents.map((event) => ({ event, processIndex })))
      .sort(
        (a, b) =>
          (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : 0) ||
          a.processIndex - b.processIndex ||
          a.event.sequence - b.event.sequence,
      )
      .map(({ event }) => event);
    const qualifications = ordered.flatMap((row) => [
      ...(row.exitOutcome?.gainedQualification ? [{ code: row.exitOutcome.gainedQualification.code, date: row.exitOutcome.exitDate }] : []),
      ...row.labourMarketEvents
        .filter((e) => e.key.startsWith('change:') && e.gainedQualification)
        .map((e) => ({ code: e.gainedQualification!.code, date: e.date })),
      ...row.licencesEarned.map((l) => ({ code: l.code, date: l.date })),
    ]);
    participants.push({
      clientId: first.clientId,
      project: first.project,
      organisation: first.organisation,
      ...(first.municipality !== undefined && { municipality: first.municipality }),
      ...(first.region !== undefined && { region: first.region }),
      ...(first.advisorId !== undefined && { advisorId: first.advisorId }),
      entry: first.entry,
      firstEntryDate: first.entry.date,
      ...(last.exitDate !== undefined && { lastExitDate: last.exitDate }),
      reentries: ordered.length - 1,
      processIds: ordered.map((r) => r.processId),
      labourMarketEvents,
      qualifications,
      ...(last.sixMonthOutcome && { sixMonthOutcome: last.sixMonthOutcome }),
    });
  }
  return participants.sort((a, b) => (a.firstEntryDate < b.firstEntryDate ? -1 : a.firstEntryDate > b.firstEntryDate ? 1 : a.clientId < b.clientId ? -1 : 1));
}

export type CompletenessField = 'gender' | 'labourMarketStatus' | 'age' | 'education';
export const COMPLETENESS_FIELDS: readonly CompletenessField[] = ['gender', 'labourMarketStatus', 'age', 'education'];

/** The fields a record lacks; empty = complete. The voluntary questions never make a record incomplete. */
export function missingFields(entry: EntryData): CompletenessField[] {
  const missing: CompletenessField[] = [];
  if (entry.gender === null) missing.push('gender');
  if (entry.labourMarketStatus === null) missing.push('labourMarketStatus');
  if (entry.ageAtEntry === null || !Number.isFinite(entry.ageAtEntry)) missing.push('age');
  if (entry.isced === null) missing.push('education');
  return missing;
}

/** The employment status at entry, with long-term unemployment derived from the months. */
export function entryStatusOf(entry: EntryData): EntryLabourMarketStatus | null {
  const status = entry.labourMarketStatus;
  if (status !== 'unemployed' || entry.unemploymentMonths === undefined || entry.ageAtEntry === null) return status;
  const limit =
    entry.ageAtEntry < LONG_TERM_UNEMPLOYMENT.youthBelowAge ? LONG_TERM_UNEMPLOYMENT.youthMoreThanMonths : LONG_TERM_UNEMPLOYMENT.adultMoreThanMonths;
  return entry.unemploymentMonths > limit ? 'long-term-unemployed' : 'unemployed';
}

/** The earlier of two dates (`undefined` = no limit). */
function earliest(a: CalendarDate, b: CalendarDate | undefined): CalendarDate {
  return b !== undefined && b < a ? b : a;
}

/**
 * The last labour-market event no later than 28 days after the last exit, if the participant
 * has left. With `knownBy`, events dated after it do not count yet (a job starting next week
 * is not employment today), so a report as of a past day gives what it gave on that day.
 */
export function statusUponLeaving(participant: Participant, knownBy?: CalendarDate): LabourMarketEvent | undefined {
  if (participant.lastExitDate === undefined) return undefined;
  const windowEnd = earliest(addDays(participant.lastExitDate, LEAVING_WINDOW_DAYS), knownBy);
  return participant.labourMarketEvents.filter((e) => e.date <= windowEnd).at(-1);
}

/** A qualification or licence gained between the first entry and 28 days after the last exit (and by `knownBy`). */
export function gainedQualificationUponLeaving(participant: Participant, knownBy?: CalendarDate): boolean {
  if (participant.lastExitDate === undefined) return false;
  const windowEnd = earliest(addDays(participant.lastExitDate, LEAVING_WINDOW_DAYS), knownBy);
  return participant.qualifications.some((q) => q.date >= participant.firstEntryDate && q.date <= windowEnd);
}

/** The six-month moment: six calendar months after the last exit. */
export function sixMonthMomentOf(participant: Participant): CalendarDate | undefined {
  return participant.lastExitDate === undefined ? undefined : addMonths(participant.lastExitDate, SIX_MONTHS);
}

/**
 * The status six months after leaving: the follow-up outcome (dated 5-8 months after the
 * exit); with `knownBy`, only a follow-up dated by then.
 */
export function statusSixMonthsAfter(
  participant: Participant,
  knownBy?: CalendarDate,
): { status: OutcomeStatusCode; improvements: LabourMarketImprovement[] } | undefined {
  const followUp = participant.sixMonthOutcome;
  if (!followUp || (knownBy !== undefined && followUp.followUpDate > knownBy)) return undefined;
  return { status: followUp.outcome.status, improvements: followUp.improvements };
}

/** Disadvantaged (ESF CR05/CR09): answered yes to any of the voluntary disadvantage questions. */
export function isDisadvantaged(entry: EntryData): boolean {
  return [entry.disability, entry.foreignBackground, entry.thirdCountryNational, entry.minority, entry.homeless].includes('yes');
}
