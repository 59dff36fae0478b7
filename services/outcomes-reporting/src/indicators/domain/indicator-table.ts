import type { PredicateName } from './predicates';

export type IndicatorSet = 'esf2014' | 'esfplus2021';
export type IndicatorKind = 'output' | 'result' | 'longer-term-result';
/** When the participant is looked at: at entry, upon leaving (within 28 days), six months after leaving. */
export type IndicatorMoment = 'entry' | 'leaving' | 'six-months';

export interface IndicatorDefinition {
  code: string;
  name: string;
  /** How this service counts it, in words an evaluator can check against the regulation. */
  definition: string;
  set: IndicatorSet;
  kind: IndicatorKind;
  moment: IndicatorMoment;
  /** A key of PREDICATES, or `not-collected` when the service does not collect the data. */
  compute: PredicateName | 'not-collected';
  /**
   * True only for the codes docs/domain.md#structural-fund-reporting confirms by name (CO01,
   * CO02, EECO02, EECO12-EECO15, EECR01, EECR04). Every other row is this service's reading of the regulation annexes and
   * the Commission's guidance: an evaluator should double-check its code, name and definition.
   */
  confirmed: boolean;
  /** What to double-check, or why the row is read the way it is. */
  note: string;
}

const UNCONFIRMED = 'Code, name and definition from the regulation annex as read by the developers; not confirmed by docs/domain.md: double-check.';
const NO_DATA = 'Not computable: the service does not collect this data at entry. Shown so the gap is visible.';
const LEAVING =
  'Upon leaving = the last labour-market event dated no later than 28 days after the last exit.';
const LTU_THRESHOLD = 'Long-term = recorded as long-term unemployed, or unemployed for more than 12 months (more than 6 months below 25 years of age).';

/**
 * THE table of Structural Fund common indicators (docs/domain.md#structural-fund-reporting),
 * in the annex order of Regulation (EU) No 1304/2013 Annex I (ESF 2014-2020) and Regulation (EU)
 * 2021/1057 Annex I (ESF+ 2021-2027). Data, not code: correct a name, a definition or the
 * predicate an indicator uses here, and nothing else changes. All counts are of complete
 * participants (gender, employment status, age and education recorded), once per operation
 * (first entry's data, last exit), broken down by gender.
 */
export const INDICATOR_TABLE: readonly IndicatorDefinition[] = [
  // ---- ESF 2014-2020: common output indicators for participants (status at entry) ----
  {
    code: 'CO01', name: 'Unemployed, including long-term unemployed', set: 'esf2014', kind: 'output', moment: 'entry',
    definition: 'Participants unemployed at entry (short- or long-term).', compute: 'unemployedInclLongTerm',
    confirmed: true, note: 'Code and name confirmed by docs/domain.md.',
  },
  {
    code: 'CO02', name: 'Long-term unemployed', set: 'esf2014', kind: 'output', moment: 'entry',
    definition: `Participants long-term unemployed at entry. ${LTU_THRESHOLD}`, compute: 'longTermUnemployed',
    confirmed: true, note: 'Code and name confirmed by docs/domain.md; the age-dependent 6/12-month threshold follows the Commission guidance: check.',
  },
  {
    code: 'CO03', name: 'Inactive', set: 'esf2014', kind: 'output', moment: 'entry',
    definition: 'Participants outside the labour force at entry: inactive, including those in education.', compute: 'inactive',
    confirmed: false, note: `${UNCONFIRMED} Students count as inactive here (CO04 takes them out).`,
  },
  {
    code: 'CO04', name: 'Inactive, not in education or training', set: 'esf2014', kind: 'output', moment: 'entry',
    definition: 'Participants inactive at entry and not in education or training.', compute: 'inactiveNotInEducation',
    confirmed: false, note: UNCONFIRMED,
  },
  {
    code: 'CO05', name: 'Employed, including self-employed', set: 'esf2014', kind: 'output', moment: 'entry',
    definition: 'Participants employed or self-employed at entry.', compute: 'employedInclSelfEmployed',
    confirmed: false, note: UNCONFIRMED,
  },
  {
    code: 'CO06', name: 'Below 25 years of age', set: 'esf2014', kind: 'output', moment: 'entry',
    definition: 'Participants aged under 25 on the entry date.', compute: 'below25',
    confirmed: false, note: UNCONFIRMED,
  },
  {
    code: 'CO07', name: 'Above 54 years of age', set: 'esf2014', kind: 'output', moment: 'entry',
    definition: 'Participants aged 55 or more on the entry date.', compute: 'above54',
    confirmed: false, note: UNCONFIRMED,
  },
  {
    code: 'CO08', name: 'Above 54 years of age who are unemployed, including long-term unemployed, or inactive not in education or training',
    set: 'esf2014', kind: 'output', moment: 'entry',
    definition: 'Participants aged 55 or more at entry who were unemployed (incl. long-term) or inactive and not in education.',
    compute: 'above54UnemployedOrInactiveNotInEducation', confirmed: false, note: UNCONFIRMED,
  },
  {
    code: 'CO09', name: 'With primary (ISCED 1) or lower secondary education (ISCED 2)', set: 'esf2014', kind: 'output', moment: 'entry',
    definition: 'Participants whose highest education at entry is ISCED 1 or 2.', compute: 'isced1to2',
    confirmed: false, note: `${UNCONFIRMED} ISCED 0 falls in none of CO09-CO11, as the annex lists them.`,
  },
  {
    code: 'CO10', name: 'With upper secondary (ISCED 3) or post-secondary education (ISCED 4)', set: 'esf2014', kind: 'output', moment: 'entry',
    definition: 'Participants whose highest education at entry is ISCED 3 or 4.', compute: 'isced3to4',
    confirmed: false, note: UNCONFIRMED,
  },
  {
    code: 'CO11', name: 'With tertiary education (ISCED 5 to 8)', set: 'esf2014', kind: 'output', moment: 'entry',
    definition: 'Participants whose highest education at entry is ISCED 5, 6, 7 or 8.', compute: 'isced5to8',
    confirmed: false, note: UNCONFIRMED,
  },
  {
    code: 'CO12', name: 'Participants who live in jobless households', set: 'esf2014', kind: 'output', moment: 'entry',
    definition: 'Household situation at entry.', compute: 'not-collected',
    confirmed: false, note: `${NO_DATA} The household indicators CO12-CO14 were, as far as the developers know, dropped from the annex by the 2018 amendment (Regulation 2018/1046): check.`,
  },
  {
    code: 'CO13', name: 'Participants who live in jobless households with dependent children', set: 'esf2014', kind: 'output', moment: 'entry',
    definition: 'Household situation at entry.', compute: 'not-collected', confirmed: false, note: NO_DATA,
  },
  {
    code: 'CO14', name: 'Participants who live in a single adult household with dependent children', set: 'esf2014', kind: 'output', moment: 'entry',
    definition: 'Household situation at entry.', compute: 'not-collected', confirmed: false, note: NO_DATA,
  },
  {
    code: 'CO15', name: 'Migrants, participants with a foreign background, minorities (including marginalised communities such as the Roma)',
    set: 'esf2014', kind: 'output', moment: 'entry',
    definition: 'Participants who answered yes to foreign background, third-country national or minority (voluntary questions).',
    compute: 'migrantForeignBackgroundOrMinority', confirmed: false, note: `${UNCONFIRMED} "Migrant" is read as third-country national.`,
  },
  {
    code: 'CO16', name: 'Participants with disabilities', set: 'esf2014', kind: 'output', moment: 'entry',
    definition: 'Participants who answered yes to the disability question (voluntary).', compute: 'disability',
    confirmed: false, note: UNCONFIRMED,
  },
  {
    code: 'CO17', name: 'Other disadvantaged', set: 'esf2014', kind: 'output', moment: 'entry',
    definition: 'Other disadvantage at entry.', compute: 'not-collected',
    confirmed: false, note: `${NO_DATA} No "other disadvantage" question is asked; homelessness is CO18.`,
  },
  {
    code: 'CO18', name: 'Homeless or affected by housing exclusion', set: 'esf2014', kind: 'output', moment: 'entry',
    definition: 'Participants who answered yes to the homelessness question (voluntary).', compute: 'homeless',
    confirmed: false, note: `${UNCONFIRMED} The annex collects it from a representative sample; here it is counted for everyone who answered.`,
  },
  {
    code: 'CO19', name: 'From rural areas', set: 'esf2014', kind: 'output', moment: 'entry',
    definition: 'Degree of urbanisation of the place of residence.', compute: 'not-collected', confirmed: false, note: NO_DATA,
  },
  // ---- ESF 2014-2020: common immediate result indicators (upon leaving) ----
  {
    code: 'CR01', name: 'Inactive participants newly engaged in job searching upon leaving', set: 'esf2014', kind: 'result', moment: 'leaving',
    definition: `Participants inactive at entry (incl. in education) who are job searching upon leaving. ${LEAVING}`,
    compute: 'inactiveAtEntryJobSearchingUponLeaving', confirmed: false, note: UNCONFIRMED,
  },
  {
    code: 'CR02', name: 'Participants in education/training upon leaving', set: 'esf2014', kind: 'result', moment: 'leaving',
    definition: `Participants studying or in training upon leaving. ${LEAVING}`, compute: 'inEducationOrTrainingUponLeaving',
    confirmed: false, note: UNCONFIRMED,
  },
  {
    code: 'CR03', name: 'Participants gaining a qualification upon leaving', set: 'esf2014', kind: 'result', moment: 'leaving',
    definition: 'Participants with a qualification, licence or permit gained between the first entry and 28 days after the last exit (outcome records and licence trainings passed).',
    compute: 'qualificationUponLeaving', confirmed: false, note: `${UNCONFIRMED} Whether short licences (e.g. hygiene passport) count as qualifications is a programme decision: check.`,
  },
  {
    code: 'CR04', name: 'Participants in employment, including self-employment, upon leaving', set: 'esf2014', kind: 'result', moment: 'leaving',
    definition: `Participants unemployed or inactive at entry who are employed or self-employed upon leaving. ${LEAVING}`,
    compute: 'unemployedOrInactiveAtEntryEmployedUponLeaving', confirmed: false,
    note: `${UNCONFIRMED} Limited to participants not employed at entry, as the developers read the Commission guidance; use predicate employedUponLeaving to count everyone.`,
  },
  {
    code: 'CR05', name: 'Disadvantaged participants engaged in job searching, education/training, gaining a qualification, in employment, including self-employment, upon leaving',
    set: 'esf2014', kind: 'result', moment: 'leaving',
    definition: `Participants answering yes to any disadvantage question (disability, foreign background, third-country national, minority, homeless) who are job searching, studying, in training, employed or self-employed upon leaving, or gained a qualification. ${LEAVING}`,
    compute: 'disadvantagedEngagedUponLeaving', confirmed: false, note: UNCONFIRMED,
  },
  // ---- ESF 2014-2020: common longer-term result indicators (six months after leaving) ----
  {
    code: 'CR06', name: 'Participants in employment, including self-employment, six months after leaving', set: 'esf2014', kind: 'longer-term-result', moment: 'six-months',
    definition: 'Participants employed or self-employed according to the six-month follow-up (recorded 5-8 months after the last exit).',
    compute: 'employedSixMonthsAfter', confirmed: false,
    note: `${UNCONFIRMED} Counts everyone, also those employed at entry; use predicate unemployedOrInactiveAtEntryEmployedSixMonthsAfter if the programme limits it.`,
  },
  {
    code: 'CR07', name: 'Participants with an improved labour market situation six months after leaving', set: 'esf2014', kind: 'longer-term-result', moment: 'six-months',
    definition: 'Participants employed at entry, employed at the six-month follow-up with an improvement recorded (precarious to stable, under-employed to full, higher-skilled job, promotion).',
    compute: 'improvedSituationSixMonthsAfter', confirmed: false, note: UNCONFIRMED,
  },
  {
    code: 'CR08', name: 'Participants above 54 years of age in employment, including self-employment, six months after leaving', set: 'esf2014', kind: 'longer-term-result', moment: 'six-months',
    definition: 'Participants aged 55 or more at entry, employed or self-employed at the six-month follow-up.',
    compute: 'above54EmployedSixMonthsAfter', confirmed: false, note: UNCONFIRMED,
  },
  {
    code: 'CR09', name: 'Disadvantaged participants in employment, including self-employment, six months after leaving', set: 'esf2014', kind: 'longer-term-result', moment: 'six-months',
    definition: 'Participants answering yes to any disadvantage question, employed or self-employed at the six-month follow-up.',
    compute: 'disadvantagedEmployedSixMonthsAfter', confirmed: false, note: UNCONFIRMED,
  },

  // ---- ESF+ 2021-2027: common output indicators for participants (status at entry) ----
  {
    code: 'EECO01', name: 'Total number of participants', set: 'esfplus2021', kind: 'output', moment: 'entry',
    definition: 'Complete participants, once per operation.', compute: 'total',
    confirmed: false, note: 'Code and name listed in docs/domain.md but not among the confirmed ones: double-check.',
  },
  {
    code: 'EECO02', name: 'Unemployed, including long-term unemployed', set: 'esfplus2021', kind: 'output', moment: 'entry',
    definition: 'Participants unemployed at entry (short- or long-term).', compute: 'unemployedInclLongTerm',
    confirmed: true, note: 'Code and name confirmed by docs/domain.md.',
  },
  {
    code: 'EECO03', name: 'Long-term unemployed', set: 'esfplus2021', kind: 'output', moment: 'entry',
    definition: `Participants long-term unemployed at entry. ${LTU_THRESHOLD}`, compute: 'longTermUnemployed',
    confirmed: false, note: UNCONFIRMED,
  },
  {
    code: 'EECO04', name: 'Inactive', set: 'esfplus2021', kind: 'output', moment: 'entry',
    definition: 'Participants outside the labour force at entry: inactive, including those in education.', compute: 'inactive',
    confirmed: false, note: UNCONFIRMED,
  },
  {
    code: 'EECO05', name: 'Employed, including self-employed', set: 'esfplus2021', kind: 'output', moment: 'entry',
    definition: 'Participants employed or self-employed at entry.', compute: 'employedInclSelfEmployed',
    confirmed: false, note: UNCONFIRMED,
  },
  {
    code: 'EECO06', name: 'Children below 18 years of age', set: 'esfplus2021', kind: 'output', moment: 'entry',
    definition: 'Participants aged under 18 on the entry date.', compute: 'below18', confirmed: false, note: UNCONFIRMED,
  },
  {
    code: 'EECO07', name: 'Young people between 18 and 29 years of age', set: 'esfplus2021', kind: 'output', moment: 'entry',
    definition: 'Participants aged 18 to 29 (inclusive) on the entry date.', compute: 'age18to29', confirmed: false, note: UNCONFIRMED,
  },
  {
    code: 'EECO08', name: 'Participants 55 years of age and above', set: 'esfplus2021', kind: 'output', moment: 'entry',
    definition: 'Participants aged 55 or more on the entry date.', compute: 'above54', confirmed: false, note: UNCONFIRMED,
  },
  {
    code: 'EECO09', name: 'With lower secondary education or less (ISCED 0-2)', set: 'esfplus2021', kind: 'output', moment: 'entry',
    definition: 'Participants whose highest education at entry is ISCED 0, 1 or 2.', compute: 'isced0to2', confirmed: false, note: UNCONFIRMED,
  },
  {
    code: 'EECO10', name: 'With upper secondary (ISCED 3) or post-secondary education (ISCED 4)', set: 'esfplus2021', kind: 'output', moment: 'entry',
    definition: 'Participants whose highest education at entry is ISCED 3 or 4.', compute: 'isced3to4', confirmed: false, note: UNCONFIRMED,
  },
  {
    code: 'EECO11', name: 'With tertiary education (ISCED 5 to 8)', set: 'esfplus2021', kind: 'output', moment: 'entry',
    definition: 'Participants whose highest education at entry is ISCED 5, 6, 7 or 8.', compute: 'isced5to8', confirmed: false, note: UNCONFIRMED,
  },
  {
    code: 'EECO12', name: 'Participants with disabilities', set: 'esfplus2021', kind: 'output', moment: 'entry',
    definition: 'Participants who answered yes to the disability question (voluntary).', compute: 'disability',
    confirmed: true, note: 'Code and name confirmed by docs/domain.md.',
  },
  {
    code: 'EECO13', name: 'Third-country nationals', set: 'esfplus2021', kind: 'output', moment: 'entry',
    definition: 'Participants who answered yes to the third-country national question.', compute: 'thirdCountryNational',
    confirmed: true, note: 'Code and name confirmed by docs/domain.md.',
  },
  {
    code: 'EECO14', name: 'Participants with a foreign background', set: 'esfplus2021', kind: 'output', moment: 'entry',
    definition: 'Participants who answered yes to the foreign background question (voluntary).', compute: 'foreignBackground',
    confirmed: true, note: 'Code and name confirmed by docs/domain.md.',
  },
  {
    code: 'EECO15', name: 'Minorities (including marginalised communities such as the Roma)', set: 'esfplus2021', kind: 'output', moment: 'entry',
    definition: 'Participants who answered yes to the minority question (voluntary).', compute: 'minority',
    confirmed: true, note: 'Code and name confirmed by docs/domain.md.',
  },
  {
    code: 'EECO16', name: 'Homeless or affected by housing exclusion', set: 'esfplus2021', kind: 'output', moment: 'entry',
    definition: 'Participants who answered yes to the homelessness question (voluntary).', compute: 'homeless', confirmed: false, note: UNCONFIRMED,
  },
  {
    code: 'EECO17', name: 'Participants from rural areas', set: 'esfplus2021', kind: 'output', moment: 'entry',
    definition: 'Degree of urbanisation of the place of residence.', compute: 'not-collected', confirmed: false, note: NO_DATA,
  },
  // ---- ESF+ 2021-2027: common immediate result indicators (upon leaving) ----
  {
    code: 'EECR01', name: 'Participants engaged in job searching upon leaving', set: 'esfplus2021', kind: 'result', moment: 'leaving',
    definition: `Participants inactive at entry (incl. in education) who are job searching upon leaving. ${LEAVING}`,
    compute: 'inactiveAtEntryJobSearchingUponLeaving', confirmed: true,
    note: 'Code and name confirmed by docs/domain.md. The inactive-at-entry condition follows CR01 and the developers\' reading of the guidance; use predicate jobSearchingUponLeaving to count every leaver who is job searching.',
  },
  {
    code: 'EECR02', name: 'Participants in education or training upon leaving', set: 'esfplus2021', kind: 'result', moment: 'leaving',
    definition: `Participants studying or in training upon leaving. ${LEAVING}`, compute: 'inEducationOrTrainingUponLeaving',
    confirmed: false, note: UNCONFIRMED,
  },
  {
    code: 'EECR03', name: 'Participants gaining a qualification upon leaving', set: 'esfplus2021', kind: 'result', moment: 'leaving',
    definition: 'Participants with a qualification, licence or permit gained between the first entry and 28 days after the last exit (outcome records and licence trainings passed).',
    compute: 'qualificationUponLeaving', confirmed: false, note: UNCONFIRMED,
  },
  {
    code: 'EECR04', name: 'Participants in employment, including self-employment, upon leaving', set: 'esfplus2021', kind: 'result', moment: 'leaving',
    definition: `Participants unemployed or inactive at entry who are employed or self-employed upon leaving. ${LEAVING}`,
    compute: 'unemployedOrInactiveAtEntryEmployedUponLeaving', confirmed: true,
    note: 'Code and name confirmed by docs/domain.md. The not-employed-at-entry condition is the developers\' reading of the guidance; use predicate employedUponLeaving to count everyone.',
  },
  // ---- ESF+ 2021-2027: common longer-term result indicator ----
  {
    code: 'EECR05', name: 'Participants in employment, including self-employment, six months after leaving', set: 'esfplus2021', kind: 'longer-term-result', moment: 'six-months',
    definition: 'Participants employed or self-employed according to the six-month follow-up (recorded 5-8 months after the last exit).',
    compute: 'employedSixMonthsAfter', confirmed: false,
    note: `${UNCONFIRMED} Counts everyone, also those employed at entry.`,
  },
];

/**
 * Exact additive relations between published counts (total = sum of parts, every participant
 * in exactly one part). They are what secondary suppression must protect: with them a
 * suppressed part could be recovered by subtraction. `@participants` is the report's
 * participant count. `columns`: which gender columns the relation holds for.
 */
export interface IndicatorRelation {
  set: IndicatorSet;
  total: string;
  parts: readonly string[];
  columns: 'all' | 'total';
}

export const PARTICIPANTS_CELL = '@participants';

export const INDICATOR_RELATIONS: readonly IndicatorRelation[] = [
  // Employment status at entry partitions the participants.
  { set: 'esf2014', total: PARTICIPANTS_CELL, parts: ['CO01', 'CO03', 'CO05'], columns: 'total' },
  { set: 'esfplus2021', total: 'EECO01', parts: ['EECO02', 'EECO04', 'EECO05'], columns: 'all' },
  // ISCED 0-2, 3-4, 5-8 partitions them too (in 2014-2020 ISCED 0 is in no row: no relation).
  { set: 'esfplus2021', total: 'EECO01', parts: ['EECO09', 'EECO10', 'EECO11'], columns: 'all' },
  { set: 'esfplus2021', total: PARTICIPANTS_CELL, parts: ['EECO01'], columns: 'total' },
];

export function indicatorsOf(set: IndicatorSet, table: readonly IndicatorDefinition[] = INDICATOR_TABLE): IndicatorDefinition[] {
  return table.filter((indicator) => indicator.set === set);
}
