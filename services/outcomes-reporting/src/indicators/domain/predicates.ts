import type { IscedLevel, LabourMarketImprovement, OutcomeStatusCode } from '../../outcome/domain/outcome.events';
import type { EntryLabourMarketStatus, Gender } from '../../participants/domain/participant-row';

/**
 * What a predicate sees of one complete participant: the entry data (first entry) and the
 * statuses at the moments the indicators look at. Built by participantFacts().
 */
export interface ParticipantFacts {
  gender: Gender;
  age: number;
  /** Long-term unemployment already derived from the months (entryStatusOf). */
  entryStatus: EntryLabourMarketStatus;
  isced: IscedLevel;
  disability: boolean;
  foreignBackground: boolean;
  thirdCountryNational: boolean;
  minority: boolean;
  homeless: boolean;
  disadvantaged: boolean;
  /** Undefined when the participant has not left, or no status is known upon leaving. */
  leavingStatus?: OutcomeStatusCode;
  qualificationUponLeaving: boolean;
  /** Undefined when no follow-up is recorded. */
  sixMonths?: { status: OutcomeStatusCode; improvements: readonly LabourMarketImprovement[] };
}

const unemployedAtEntry = (p: ParticipantFacts) => p.entryStatus === 'unemployed' || p.entryStatus === 'long-term-unemployed';
/** ESF "inactive" is outside the labour force, students included; CO04 then takes students out. */
const inactiveAtEntry = (p: ParticipantFacts) => p.entryStatus === 'inactive' || p.entryStatus === 'in-education';
const employedAtEntry = (p: ParticipantFacts) => p.entryStatus === 'employed' || p.entryStatus === 'self-employed';
const isEmployment = (s: OutcomeStatusCode | undefined) => s === 'employed' || s === 'self-employed';
const isEducationOrTraining = (s: OutcomeStatusCode | undefined) => s === 'studying' || s === 'in-training';
const employedSixMonthsAfter = (p: ParticipantFacts) => isEmployment(p.sixMonths?.status);

/**
 * The named predicates the indicator table refers to by key. More than the table uses: the
 * alternatives (e.g. job searching with or without the inactive-at-entry condition) let an
 * evaluator correct a definition by changing a key in the table, without touching code.
 */
export const PREDICATES = {
  total: () => true,

  unemployedInclLongTerm: unemployedAtEntry,
  longTermUnemployed: (p: ParticipantFacts) => p.entryStatus === 'long-term-unemployed',
  inactive: inactiveAtEntry,
  inactiveNotInEducation: (p: ParticipantFacts) => p.entryStatus === 'inactive',
  employedInclSelfEmployed: employedAtEntry,

  below18: (p: ParticipantFacts) => p.age < 18,
  below25: (p: ParticipantFacts) => p.age < 25,
  age18to29: (p: ParticipantFacts) => p.age >= 18 && p.age <= 29,
  above54: (p: ParticipantFacts) => p.age > 54,
  above54UnemployedOrInactiveNotInEducation: (p: ParticipantFacts) =>
    p.age > 54 && (unemployedAtEntry(p) || p.entryStatus === 'inactive'),

  isced0to2: (p: ParticipantFacts) => p.isced <= 2,
  isced1to2: (p: ParticipantFacts) => p.isced === 1 || p.isced === 2,
  isced3to4: (p: ParticipantFacts) => p.isced === 3 || p.isced === 4,
  isced5to8: (p: ParticipantFacts) => p.isced >= 5,

  migrantForeignBackgroundOrMinority: (p: ParticipantFacts) => p.foreignBackground || p.thirdCountryNational || p.minority,
  disability: (p: ParticipantFacts) => p.disability,
  thirdCountryNational: (p: ParticipantFacts) => p.thirdCountryNational,
  foreignBackground: (p: ParticipantFacts) => p.foreignBackground,
  minority: (p: ParticipantFacts) => p.minority,
  homeless: (p: ParticipantFacts) => p.homeless,

  jobSearchingUponLeaving: (p: ParticipantFacts) => p.leavingStatus === 'job-searching',
  inactiveAtEntryJobSearchingUponLeaving: (p: ParticipantFacts) => inactiveAtEntry(p) && p.leavingStatus === 'job-searching',
  inEducationOrTrainingUponLeaving: (p: ParticipantFacts) => isEducationOrTraining(p.leavingStatus),
  qualificationUponLeaving: (p: ParticipantFacts) => p.qualificationUponLeaving,
  employedUponLeaving: (p: ParticipantFacts) => isEmployment(p.leavingStatus),
  unemployedOrInactiveAtEntryEmployedUponLeaving: (p: ParticipantFacts) =>
    (unemployedAtEntry(p) || inactiveAtEntry(p)) && isEmployment(p.leavingStatus),
  disadvantagedEngagedUponLeaving: (p: ParticipantFacts) =>
    p.disadvantaged &&
    (p.leavingStatus === 'job-searching' || isEducationOrTraining(p.leavingStatus) || p.qualificationUponLeaving || isEmployment(p.leavingStatus)),

  employedSixMonthsAfter,
  unemployedOrInactiveAtEntryEmployedSixMonthsAfter: (p: ParticipantFacts) =>
    (unemployedAtEntry(p) || inactiveAtEntry(p)) && employedSixMonthsAfter(p),
  improvedSituationSixMonthsAfter: (p: ParticipantFacts) =>
    employedAtEntry(p) && employedSixMonthsAfter(p) && (p.sixMonths?.improvements.length ?? 0) > 0,
  above54EmployedSixMonthsAfter: (p: ParticipantFacts) => p.age > 54 && employedSixMonthsAfter(p),
  disadvantagedEmployedSixMonthsAfter: (p: ParticipantFacts) => p.disadvantaged && employedSixMonthsAfter(p),
} satisfies Record<string, (p: ParticipantFacts) => boolean>;

export type PredicateName = keyof typeof PREDICATES;
