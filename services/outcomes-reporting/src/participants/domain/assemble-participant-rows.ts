import type { EntryCategoriesV1 } from '@career/contracts';
import type { CalendarDate } from '@career/calendar';
import { ACTIVITY_KINDS, type ActivityKind, type ByWhom, type DoneBy, type EntryData, type ParticipantRow, type SelfAssessmentScores } from './participant-row';
import type { IscedLevel } from '../../outcome/domain/outcome.events';
import type { OutcomeRowDocument, ParticipantClientDocument, ParticipantProcessDocument } from './participant-documents';
import { helsinkiDateOf } from './participant-facts';

export interface StoredParticipantData {
  processes: readonly ParticipantProcessDocument[];
  clients: readonly ParticipantClientDocument[];
  outcomes: readonly OutcomeRowDocument[];
}

export interface AssembledRows {
  /** One row per process whose client-intake facts have arrived, ordered by process id. */
  rows: ParticipantRow[];
  /** Processes known from other sources only so far (their registration has not arrived): not counted anywhere yet. */
  pending: number;
}

type Registered = ParticipantProcessDocument & { clientId: string; registration: NonNullable<ParticipantProcessDocument['registration']> };

/** The contract's entry categories as the indicators read them (`null` = not recorded). */
export function entryDataOf(entry: EntryCategoriesV1): EntryData {
  return {
    date: entry.entryDate,
    gender: entry.gender,
    ageAtEntry: entry.ageAtEntry,
    labourMarketStatus: entry.labourMarketStatus ?? null,
    ...(entry.unemploymentMonths !== undefined && { unemploymentMonths: entry.unemploymentMonths }),
    isced: entry.highestEducationIsced === undefined ? null : (entry.highestEducationIsced as IscedLevel),
    disability: entry.voluntary.disability,
    foreignBackground: entry.voluntary.foreignBackground,
    thirdCountryNational: entry.voluntary.thirdCountryNational,
    minority: entry.voluntary.minority,
    homeless: entry.voluntary.homelessness,
  };
}

const withoutVoluntaryAnswers = (entry: EntryData): EntryData => ({
  ...entry,
  disability: null,
  foreignBackground: null,
  thirdCountryNational: null,
  minority: null,
  homeless: null,
});

/**
 * A later process's entry: the date and labour-market status of the re-entry; the rest as at
 * the first entry (the participant's data stays the first entry's,
 * docs/domain.md#structural-fund-reporting; the indicators read the first process anyway,
 * this row serves the per-process metrics).
 */
function reentryData(first: EntryData, reentry: NonNullable<ParticipantProcessDocument['reentry']>): EntryData {
  const status = reentry.statusAtReentry;
  const { unemploymentMonths: _first, ...rest } = first;
  return {
    ...rest,
    date: reentry.entryDate,
    ...(status
      ? { labourMarketStatus: status.labourMarketStatus, ...(status.unemploymentMonths !== undefined && { unemploymentMonths: status.unemploymentMonths }) }
      : { ...(first.unemploymentMonths !== undefined && { unemploymentMonths: first.unemploymentMonths }) }),
  };
}

interface ProcessSpan {
  doc: ParticipantProcessDocument;
  entry: EntryData;
  exitDate?: CalendarDate;
}

/**
 * The process a fact without a process id belongs to: the latest process that had started on
 * the fact's day (the first one for a fact from before any entry). Deterministic, whatever
 * order the facts arrived in.
 */
function processAt(spans: readonly ProcessSpan[], day: CalendarDate): ProcessSpan {
  let chosen = spans[0];
  for (const span of spans) if (span.entry.date <= day) chosen = span;
  return chosen;
}

interface Generation {
  kind: 'skills-cv' | 'job-application';
  at: string;
  by: DoneBy;
}

/**
 * One per document version, whatever formats it was generated in; dated by its first format.
 * A version the client generated on their own channel is theirs; staff's, and one from before
 * facts said who (`generatedBy` absent: only staff could generate then), is the advisor's.
 */
function generationsOf(clientDoc: ParticipantClientDocument | undefined): Generation[] {
  const generations = new Map<string, Generation>();
  for (const file of Object.values(clientDoc?.documents ?? {})) {
    const key = `${file.documentId}:${file.version}`;
    const known = generations.get(key);
    if (!known || file.at < known.at) generations.set(key, { kind: file.kind, at: file.at, by: file.generatedBy === 'client' ? 'client' : 'advisor' });
  }
  return [...generations.values()];
}

/** `recordedBy` of a profile fact as the rows count it; a stored fact from before it was kept counts as the advisor's. */
const doneBy = (recordedBy: 'client' | 'advisor' | undefined): DoneBy => (recordedBy === 'client' ? 'client' : 'advisor');

const noActivity = (): Record<ActivityKind, ByWhom> =>
  Object.fromEntries(ACTIVITY_KINDS.map((kind) => [kind, { byClient: 0, byAdvisor: 0 }])) as Record<ActivityKind, ByWhom>;

function tally(activity: Record<ActivityKind, ByWhom>, kind: ActivityKind, by: DoneBy): void {
  if (by === 'client') activity[kind].byClient++;
  else activity[kind].byAdvisor++;
}

/**
 * Who did the profile's and the documents' work in each process: every record is attributed
 * to the process running on its day (processAt). A skill entry counts once (a redelivered
 * SkillAdded under another event id too).
 */
function activityOf(spans: readonly ProcessSpan[], clientDoc: ParticipantClientDocument | undefined, generations: readonly Generation[]): Map<ProcessSpan, Record<ActivityKind, ByWhom>> {
  const activity = new Map(spans.map((s) => [s, noActivity()]));
  const at = (instant: string) => activity.get(processAt(spans, helsinkiDateOf(instant)))!;
  for (const generation of generations) tally(at(generation.at), generation.kind === 'skills-cv' ? 'cv' : 'application', generation.by);
  for (const rating of Object.values(clientDoc?.selfAssessments ?? {})) tally(at(rating.at), 'selfAssessment', doneBy(rating.recordedBy));
  for (const inventory of Object.values(clientDoc?.interestInventories ?? {})) tally(at(inventory.at), 'interestInventory', doneBy(inventory.recordedBy));
  for (const text of Object.values(clientDoc?.profileTexts ?? {})) tally(at(text.at), 'profileText', doneBy(text.recordedBy));
  const skillEntries = new Set<string>();
  for (const record of Object.values(clientDoc?.skillRecords ?? {})) {
    const span = processAt(spans, helsinkiDateOf(record.at));
    const key = `${spans.indexOf(span)}:${record.skillId}:${doneBy(record.recordedBy)}`;
    if (skillEntries.has(key)) continue;
    skillEntries.add(key);
    tally(activity.get(span)!, 'skills', doneBy(record.recordedBy));
  }
  return activity;
}

const byTimeThenKey = <T extends { at: string }>(a: [string, T], b: [string, T]) =>
  a[1].at < b[1].at ? -1 : a[1].at > b[1].at ? 1 : a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;

/** The advisor of a process: the latest assignment made by its end, else the earliest one known. */
function advisorOf(span: ProcessSpan, candidates: readonly { advisorId: string; at: string }[]): string | undefined {
  const sorted = [...candidates].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.advisorId < b.advisorId ? -1 : 1));
  const byEnd = span.exitDate === undefined ? sorted : sorted.filter((c) => helsinkiDateOf(c.at) <= span.exitDate!);
  return (byEnd.at(-1) ?? sorted[0])?.advisorId;
}

/**
 * Puts the stored facts together into the reporting contract (ParticipantRow), one row per
 * process. Pure: the same documents always give the same rows, whatever order the events
 * arrived in, which is what makes a rebuild reproduce the figures exactly.
 */
export function assembleParticipantRows(data: StoredParticipantData): AssembledRows {
  const clients = new Map(data.clients.map((c) => [c._id, c]));
  const outcomes = new Map(data.outcomes.map((o) => [o._id, o]));
  const byClient = new Map<string, ParticipantProcessDocument[]>();
  let pending = 0;
  for (const doc of data.processes) {
    if (!doc.clientId) {
      pending++;
      continue;
    }
    const list = byClient.get(doc.clientId);
    if (list) list.push(doc);
    else byClient.set(doc.clientId, [doc]);
  }

  const rows: ParticipantRow[] = [];
  for (const [clientId, docs] of byClient) {
    const first = docs.filter((d): d is Registered => d.registration !== undefined).sort((a, b) => (a.processNumber ?? 0) - (b.processNumber ?? 0))[0];
    if (!first) {
      pending += docs.length;
      continue;
    }
    const clientDoc = clients.get(clientId);
    const firstEntry = entryDataOf(first.registration.entry);
    const spans: ProcessSpan[] = [];
    for (const doc of docs) {
      const base = doc === first ? firstEntry : doc.reentry ? reentryData(firstEntry, doc.reentry) : undefined;
      if (!base) {
        pending++;
        continue;
      }
      const entry = clientDoc?.voluntaryWithdrawn ? withoutVoluntaryAnswers(base) : base;
      const outcome = outcomes.get(doc._id);
      const exitDate = doc.exit?.exitDate ?? outcome?.fields.exitOutcome?.exitDate ?? doc.closed?.closedOn;
      spans.push({ doc, entry, ...(exitDate !== undefined && { exitDate }) });
    }
    spans.sort((a, b) => (a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : (a.doc.processNumber ?? 0) - (b.doc.processNumber ?? 0)));

    const generations = generationsOf(clientDoc);
    const documentsOf = new Map<ProcessSpan, { cv: number; application: number }>(spans.map((s) => [s, { cv: 0, application: 0 }]));
    for (const generation of generations) {
      const counts = documentsOf.get(processAt(spans, helsinkiDateOf(generation.at)))!;
      if (generation.kind === 'skills-cv') counts.cv++;
      else counts.application++;
    }
    const ratingsOf = new Map<ProcessSpan, ParticipantRow['selfAssessment']>(spans.map((s) => [s, {}]));
    for (const [, rating] of Object.entries(clientDoc?.selfAssessments ?? {}).sort(byTimeThenKey)) {
      if (rating.phase === 'during') continue;
      // Ordered by time: a repeated start or end rating replaces the earlier one.
      const ratings = ratingsOf.get(processAt(spans, helsinkiDateOf(rating.at)))!;
      ratings[rating.phase] = {
        selfKnowledge: rating.selfKnowledge,
        identifyOwnSkills: rating.identifyOwnSkills,
        careerPlanningConfidence: rating.careerPlanningConfidence,
      } satisfies SelfAssessmentScores;
      ratings[rating.phase === 'start' ? 'startBy' : 'endBy'] = doneBy(rating.recordedBy);
    }
    const activity = activityOf(spans, clientDoc, generations);
    const assignments = Object.values(clientDoc?.advisors ?? {});

    for (const span of spans) {
      const { doc, entry } = span;
      const outcome = outcomes.get(doc._id)?.fields;
      const meetings = Object.values(doc.meetings ?? {});
      const candidates = [
        ...(first.registration.advisorId ? [{ advisorId: first.registration.advisorId, at: first.registration.registeredAt }] : []),
        ...(doc.opened ? [{ advisorId: doc.opened.advisorId, at: doc.opened.openedAt }] : []),
        ...assignments,
      ];
      const advisorId = advisorOf(span, candidates);
      const selfAssessment = ratingsOf.get(span)!;
      rows.push({
        processId: doc._id,
        clientId,
        organisation: doc.organisation ?? first.organisation!,
        project: first.registration.projectCode,
        // The municipality at entry: the participant's data is the first entry's (docs/domain.md#structural-fund-reporting).
        ...(first.registration.municipalityCode !== undefined && { municipality: first.registration.municipalityCode }),
        ...(first.registration.regionCode !== undefined && { region: first.registration.regionCode }),
        ...(advisorId !== undefined && { advisorId }),
        entry,
        ...(span.exitDate !== undefined && { exitDate: span.exitDate }),
        phases: {
          initialAssessmentStarted: doc.opened?.openedOn ?? entry.date,
          ...(doc.initialAssessment && { initialAssessmentCompleted: doc.initialAssessment.completedOn }),
          ...(doc.overdueOn && { initialAssessmentOverdue: doc.overdueOn }),
        },
        meetingsHeld: meetings.filter((m) => m === 'held').length,
        meetingsMissed: meetings.filter((m) => m === 'no-show').length,
        ...(doc.initialAssessment && { direction: doc.initialAssessment.direction }),
        trainingReferrals: Object.keys(doc.referrals ?? {}).length,
        licencesEarned: Object.values(doc.trainings ?? {})
          .filter((t) => t.passed)
          .map((t) => ({ code: t.licenceCode, date: t.completedOn }))
          .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
        documents: documentsOf.get(span)!,
        selfAssessment: {
          ...(selfAssessment.start && { start: selfAssessment.start, startBy: selfAssessment.startBy }),
          ...(selfAssessment.end && { end: selfAssessment.end, endBy: selfAssessment.endBy }),
        },
        activity: activity.get(span)!,
        ...(outcome?.exitOutcome && { exitOutcome: outcome.exitOutcome }),
        ...(outcome?.sixMonthOutcome && { sixMonthOutcome: outcome.sixMonthOutcome }),
        labourMarketEvents: outcome?.labourMarketEvents ?? [],
        ...(outcome?.learningOutcomes && { learningOutcomes: outcome.learningOutcomes }),
      });
    }
  }
  rows.sort((a, b) => (a.processId < b.processId ? -1 : a.processId > b.processId ? 1 : 0));
  return { rows, pending };
}
