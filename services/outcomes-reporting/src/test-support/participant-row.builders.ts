import type { CalendarDate } from '@career/calendar';
import { statusFrom } from '../participants/domain/apply-outcome-event';
import type { GainedQualification, LabourMarketImprovement, OutcomeStatus } from '../outcome/domain/outcome.events';
import { ACTIVITY_KINDS, type ActivityKind, type ByWhom, type EntryData, type LabourMarketEvent, type ParticipantRow } from '../participants/domain/participant-row';

/** No record of anyone's work yet; `activity({ cv: { byClient: 1 } })` for some. */
export function activity(counts: Partial<Record<ActivityKind, Partial<ByWhom>>> = {}): Record<ActivityKind, ByWhom> {
  return Object.fromEntries(ACTIVITY_KINDS.map((kind) => [kind, { byClient: 0, byAdvisor: 0, ...counts[kind] }])) as Record<ActivityKind, ByWhom>;
}
const noActivity = () => activity();

/** Test builders: a complete, open, unremarkable process unless told otherwise. */
export function entry(overrides: Partial<EntryData> = {}): EntryData {
  return {
    date: '2025-02-03',
    gender: 'woman',
    ageAtEntry: 35,
    labourMarketStatus: 'unemployed',
    unemploymentMonths: 3,
    isced: 3,
    disability: 'no',
    foreignBackground: 'no',
    thirdCountryNational: 'no',
    minority: 'no',
    homeless: 'no',
    ...overrides,
  };
}

export function row(clientId: string, entryOverrides: Partial<EntryData> = {}, overrides: Partial<ParticipantRow> = {}): ParticipantRow {
  const e = entry(entryOverrides);
  return {
    processId: `proc-${clientId}`,
    clientId,
    organisation: 'ORG-A',
    project: 'S20738',
    region: 'UUS',
    advisorId: 'adv-2',
    entry: e,
    phases: { initialAssessmentStarted: e.date },
    meetingsHeld: 0,
    meetingsMissed: 0,
    trainingReferrals: 0,
    licencesEarned: [],
    documents: { cv: 0, application: 0 },
    selfAssessment: {},
    activity: noActivity(),
    labourMarketEvents: [],
    ...overrides,
  };
}

/** The process closed on `exitDate` with this exit outcome; its labour-market event as the projection makes it. */
export function leftWith(
  base: ParticipantRow,
  exitDate: CalendarDate,
  outcome: OutcomeStatus,
  gainedQualification?: GainedQualification,
): ParticipantRow {
  const record = { outcome, source: 'client' as const, ...(gainedQualification && { gainedQualification }) };
  const event: LabourMarketEvent = {
    key: 'exit',
    date: statusFrom(record, exitDate),
    status: outcome.status,
    sequence: 0,
    ...(gainedQualification && { gainedQualification }),
  };
  return {
    ...base,
    exitDate,
    exitOutcome: { ...record, exitDate },
    labourMarketEvents: [...base.labourMarketEvents.filter((e) => e.key !== 'exit'), event],
  };
}

export function withChange(base: ParticipantRow, changeId: string, date: CalendarDate, outcome: OutcomeStatus): ParticipantRow {
  const sequence = base.labourMarketEvents.length;
  const event: LabourMarketEvent = { key: `change:${changeId}`, date: statusFrom({ outcome, source: 'client' }, date), status: outcome.status, sequence };
  return { ...base, labourMarketEvents: [...base.labourMarketEvents, event] };
}

export function withFollowUp(
  base: ParticipantRow,
  followUpDate: CalendarDate,
  outcome: OutcomeStatus,
  improvements: LabourMarketImprovement[] = [],
): ParticipantRow {
  const sequence = base.labourMarketEvents.length;
  const event: LabourMarketEvent = { key: 'follow-up', date: statusFrom({ outcome, source: 'register' }, followUpDate), status: outcome.status, sequence };
  return {
    ...base,
    sixMonthOutcome: { outcome, source: 'register', followUpDate, improvements },
    labourMarketEvents: [...base.labourMarketEvents, event],
  };
}

export const jobSearching: OutcomeStatus = { status: 'job-searching' };
export const employedFrom = (startDate: CalendarDate): OutcomeStatus => ({ status: 'employed', workingTime: 'full-time', contract: 'permanent', startDate });
