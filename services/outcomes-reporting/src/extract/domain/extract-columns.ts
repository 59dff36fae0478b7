import { INDICATOR_TABLE, type IndicatorDefinition, type IndicatorSet } from '../../indicators/domain/indicator-table';
import type { PredicateName } from '../../indicators/domain/predicates';

/** When the value describes the participant (docs/domain.md#structural-fund-reporting). */
export type ExtractMoment = 'participant' | 'entry' | 'leaving' | 'six-months' | 'process';

/**
 * What a column feeds in the indicator table: the named predicates that read it (the
 * indicators are looked up by them, so a correction of the table shows here by itself), or
 * every indicator (a record must be complete and is counted by gender), or the cohort (which
 * participants a report counts).
 */
export type ExtractFeeds = { predicates: readonly PredicateName[] } | { every: true } | { cohort: 'entry' | 'exit' } | { none: string };

export interface ExtractColumn {
  /** The column's name in the CSV header and the XLSX sheet: snake_case, stable. */
  key: string;
  moment: ExtractMoment;
  description: string;
  /** The values it takes; blank cells mean "not recorded" or "not yet". */
  values: string;
  feeds: ExtractFeeds;
}

const STATUSES = 'employed, self-employed, studying, in-training, job-searching, inactive, other; blank: none known';
const VOLUNTARY = 'yes, no, not-told; blank: not asked, or the answer was withdrawn (consent) or destroyed';
const YES_NO = 'true, false';
const SELF_RATING = '1-5; blank: not rated';

const ENTRY_STATUS: readonly PredicateName[] = [
  'unemployedInclLongTerm',
  'longTermUnemployed',
  'inactive',
  'inactiveNotInEducation',
  'employedInclSelfEmployed',
  'above54UnemployedOrInactiveNotInEducation',
  'inactiveAtEntryJobSearchingUponLeaving',
  'unemployedOrInactiveAtEntryEmployedUponLeaving',
  'unemployedOrInactiveAtEntryEmployedSixMonthsAfter',
  'improvedSituationSixMonthsAfter',
];
const DISADVANTAGED: readonly PredicateName[] = ['disadvantagedEngagedUponLeaving', 'disadvantagedEmployedSixMonthsAfter'];
const UPON_LEAVING: readonly PredicateName[] = [
  'jobSearchingUponLeaving',
  'inactiveAtEntryJobSearchingUponLeaving',
  'inEducationOrTrainingUponLeaving',
  'employedUponLeaving',
  'unemployedOrInactiveAtEntryEmployedUponLeaving',
  'disadvantagedEngagedUponLeaving',
];
const SIX_MONTHS_AFTER: readonly PredicateName[] = [
  'employedSixMonthsAfter',
  'unemployedOrInactiveAtEntryEmployedSixMonthsAfter',
  'improvedSituationSixMonthsAfter',
  'above54EmployedSixMonthsAfter',
  'disadvantagedEmployedSixMonthsAfter',
];
const LEARNING = 'a learning outcome of the practice (docs/domain.md#the-practice), reported in the learning-outcome metrics, not a common indicator';

/**
 * THE data dictionary of the participant-level extract, in column order: the XLSX's
 * "Data dictionary" sheet and docs/participant-extract.md are made from it (a test keeps the
 * document in step). One row per participant per operation, as the indicators count them
 * (docs/domain.md#structural-fund-reporting): the first entry's data, the last exit.
 */
export const EXTRACT_COLUMNS: readonly ExtractColumn[] = [
  {
    key: 'participant_pseudonym',
    moment: 'participant',
    description: 'A keyed hash of the participant, with a key made for this extract alone and thrown away: stable inside the file, different in every other extract, never the client id.',
    values: '16 hexadecimal characters',
    feeds: { none: 'identifies the row only (a participant counts once per operation)' },
  },
  { key: 'project', moment: 'participant', description: 'The operation (Structural Fund project code) the participant entered.', values: 'project code, e.g. S20738', feeds: { none: 'a participant counts once per project' } },
  { key: 'organisation', moment: 'participant', description: 'The organisation that registered the participant (the first entry).', values: 'organisation code', feeds: { none: 'the report filter org' } },
  {
    key: 'municipality_code',
    moment: 'entry',
    description: "The participant's municipality at entry, Statistics Finland's classification in force when registered.",
    values: 'three digits, e.g. 564; blank: not known',
    feeds: { none: 'the regional roll-up' },
  },
  { key: 'region_code', moment: 'entry', description: 'The region (maakunta) of that municipality.', values: 'two digits, e.g. 17; blank: not known', feeds: { none: 'the region filter and the regional roll-up' } },
  { key: 'first_entry_date', moment: 'entry', description: 'The day the participant first entered the operation.', values: 'YYYY-MM-DD', feeds: { cohort: 'entry' } },
  { key: 'processes', moment: 'participant', description: 'Guidance processes in the operation (more than 1: re-entered; the entry data stays the first entry\'s).', values: 'whole number, 1 or more', feeds: { none: 'population: participants with a re-entry' } },
  {
    key: 'record_complete',
    moment: 'entry',
    description: 'Gender, labour-market status, age and education recorded at entry: only complete records count in the indicators.',
    values: YES_NO,
    feeds: { every: true },
  },
  { key: 'missing_fields', moment: 'entry', description: 'What an incomplete record lacks.', values: 'gender, labourMarketStatus, age, education separated by spaces; blank when complete', feeds: { every: true } },
  { key: 'gender', moment: 'entry', description: 'Gender as the participant gave it (never derived from the identity code).', values: 'woman, man, non-binary, not-told; blank: not recorded', feeds: { every: true } },
  {
    key: 'age_at_entry',
    moment: 'entry',
    description: 'Whole years on the entry date.',
    values: 'whole number; blank: not recorded',
    feeds: { predicates: ['below18', 'below25', 'age18to29', 'above54', 'above54UnemployedOrInactiveNotInEducation', 'above54EmployedSixMonthsAfter'] },
  },
  {
    key: 'labour_market_status_recorded',
    moment: 'entry',
    description: 'The labour-market status as recorded at registration.',
    values: 'employed, self-employed, unemployed, long-term-unemployed, inactive, in-education; blank: not recorded',
    feeds: { predicates: ENTRY_STATUS },
  },
  {
    key: 'unemployment_months_at_entry',
    moment: 'entry',
    description: 'Months of continuous unemployment at entry (unemployed only): decides long-term unemployment.',
    values: 'whole number; blank: not unemployed or not recorded',
    feeds: { predicates: ['unemployedInclLongTerm', 'longTermUnemployed'] },
  },
  {
    key: 'labour_market_status_at_entry',
    moment: 'entry',
    description: 'The status the indicators read: long-term unemployed when recorded so, or unemployed for more than 12 months (more than 6 below 25 years of age).',
    values: 'employed, self-employed, unemployed, long-term-unemployed, inactive, in-education; blank: not recorded',
    feeds: { predicates: ENTRY_STATUS },
  },
  { key: 'isced_at_entry', moment: 'entry', description: 'Highest completed education, ISCED 2011 level.', values: '0-8; blank: not recorded', feeds: { predicates: ['isced0to2', 'isced1to2', 'isced3to4', 'isced5to8'] } },
  { key: 'disability', moment: 'entry', description: 'The voluntary disability question.', values: VOLUNTARY, feeds: { predicates: ['disability', ...DISADVANTAGED] } },
  {
    key: 'foreign_background',
    moment: 'entry',
    description: 'The voluntary foreign-background question.',
    values: VOLUNTARY,
    feeds: { predicates: ['foreignBackground', 'migrantForeignBackgroundOrMinority', ...DISADVANTAGED] },
  },
  {
    key: 'third_country_national',
    moment: 'entry',
    description: 'The third-country national question.',
    values: VOLUNTARY,
    feeds: { predicates: ['thirdCountryNational', 'migrantForeignBackgroundOrMinority', ...DISADVANTAGED] },
  },
  { key: 'minority', moment: 'entry', description: 'The voluntary minority question.', values: VOLUNTARY, feeds: { predicates: ['minority', 'migrantForeignBackgroundOrMinority', ...DISADVANTAGED] } },
  { key: 'homeless', moment: 'entry', description: 'The voluntary homelessness or housing-exclusion question.', values: VOLUNTARY, feeds: { predicates: ['homeless', ...DISADVANTAGED] } },
  { key: 'disadvantaged', moment: 'entry', description: 'Answered yes to any of the five questions above.', values: YES_NO, feeds: { predicates: DISADVANTAGED } },
  { key: 'last_exit_date', moment: 'leaving', description: 'The day the participant left (the last process\'s exit); blank while in the process on the extract\'s day.', values: 'YYYY-MM-DD', feeds: { cohort: 'exit' } },
  { key: 'exit_status', moment: 'leaving', description: 'The status recorded at that exit (the outcome, as corrected).', values: STATUSES, feeds: { none: 'read through status_upon_leaving' } },
  {
    key: 'status_upon_leaving',
    moment: 'leaving',
    description: 'The last labour-market status dated no later than 28 days after the last exit (and by the extract\'s day): the results upon leaving.',
    values: STATUSES,
    feeds: { predicates: UPON_LEAVING },
  },
  { key: 'status_upon_leaving_date', moment: 'leaving', description: 'The day that status holds from.', values: 'YYYY-MM-DD', feeds: { predicates: UPON_LEAVING } },
  {
    key: 'qualification_upon_leaving',
    moment: 'leaving',
    description: 'A qualification or licence gained between the first entry and 28 days after the last exit.',
    values: YES_NO,
    feeds: { predicates: ['qualificationUponLeaving', 'disadvantagedEngagedUponLeaving'] },
  },
  {
    key: 'six_month_moment',
    moment: 'six-months',
    description: 'Six calendar months after the last exit: the six-month results count from this day on.',
    values: 'YYYY-MM-DD; blank: not left',
    feeds: { predicates: SIX_MONTHS_AFTER },
  },
  { key: 'six_month_follow_up_date', moment: 'six-months', description: 'The day of the six-month follow-up (5-8 months after the exit).', values: 'YYYY-MM-DD; blank: not recorded', feeds: { predicates: SIX_MONTHS_AFTER } },
  { key: 'status_six_months_after', moment: 'six-months', description: 'The status at the six-month follow-up.', values: STATUSES, feeds: { predicates: SIX_MONTHS_AFTER } },
  {
    key: 'six_month_improvements',
    moment: 'six-months',
    description: 'Improvements in the labour-market situation named at the follow-up.',
    values: 'codes separated by spaces; blank: none',
    feeds: { predicates: ['improvedSituationSixMonthsAfter'] },
  },
  {
    key: 'learned_to_identify_skills',
    moment: 'process',
    description: 'Learned to identify own skills: a higher self-rating at the end than at the start, or confirmed by the advisor, in any of the participant\'s processes.',
    values: YES_NO,
    feeds: { none: LEARNING },
  },
  { key: 'drew_up_skills_cv', moment: 'process', description: 'Drew up a skills-based CV: a CV generated, or confirmed by the advisor.', values: YES_NO, feeds: { none: LEARNING } },
  { key: 'wrote_job_application', moment: 'process', description: 'Wrote a job application: one generated, or confirmed by the advisor.', values: YES_NO, feeds: { none: LEARNING } },
  { key: 'improved_self_knowledge', moment: 'process', description: 'Self-knowledge improved: a higher self-rating at the end, or confirmed by the advisor.', values: YES_NO, feeds: { none: LEARNING } },
  {
    key: 'improved_confidence',
    moment: 'process',
    description: 'Confidence in planning one\'s career improved: a higher self-rating at the end, or confirmed by the advisor.',
    values: YES_NO,
    feeds: { none: LEARNING },
  },
  { key: 'learning_outcomes_confirmed', moment: 'process', description: 'The advisor confirmed the learning outcomes of at least one process.', values: YES_NO, feeds: { none: LEARNING } },
  { key: 'self_knowledge_start', moment: 'process', description: 'Self-rating of self-knowledge at the start (the first process).', values: SELF_RATING, feeds: { none: LEARNING } },
  { key: 'self_knowledge_end', moment: 'process', description: 'Self-rating of self-knowledge at the end (the last process rated).', values: SELF_RATING, feeds: { none: LEARNING } },
  { key: 'identify_own_skills_start', moment: 'process', description: 'Self-rating of identifying own skills at the start.', values: SELF_RATING, feeds: { none: LEARNING } },
  { key: 'identify_own_skills_end', moment: 'process', description: 'Self-rating of identifying own skills at the end.', values: SELF_RATING, feeds: { none: LEARNING } },
  { key: 'career_planning_confidence_start', moment: 'process', description: 'Self-rating of confidence in career planning at the start.', values: SELF_RATING, feeds: { none: LEARNING } },
  { key: 'career_planning_confidence_end', moment: 'process', description: 'Self-rating of confidence in career planning at the end.', values: SELF_RATING, feeds: { none: LEARNING } },
];

/** The indicators of one set a column feeds, by the predicates the indicator table names. */
export function indicatorsFedBy(column: ExtractColumn, set: IndicatorSet, table: readonly IndicatorDefinition[] = INDICATOR_TABLE): string {
  const feeds = column.feeds;
  if ('every' in feeds) return 'every indicator (only complete records count; by gender)';
  if ('cohort' in feeds) return `the cohort: which participants a report counts (period by ${feeds.cohort === 'entry' ? 'first entry' : 'last exit'})`;
  if ('none' in feeds) return `none: ${feeds.none}`;
  const codes = table.filter((indicator) => indicator.set === set && indicator.compute !== 'not-collected' && feeds.predicates.includes(indicator.compute)).map((i) => i.code);
  return codes.length > 0 ? codes.join(', ') : 'none in this set';
}
