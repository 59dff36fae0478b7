import { INDICATOR_TABLE } from '../../indicators/domain/indicator-table';
import { employedFrom, jobSearching, leftWith, row, withFollowUp } from '../../test-support/participant-row.builders';
import { EXTRACT_COLUMNS, indicatorsFedBy } from './extract-columns';
import { participantExtract } from './participant-extract';

const asOf = '2026-03-31';
const pseudonymOf = (clientId: string) => `p-${clientId}`;

const first = leftWith(row('c1', { date: '2025-02-03', ageAtEntry: 56 }, { processId: 'a1', municipality: '564', region: '17' }), '2025-05-30', jobSearching);
const reentry = withFollowUp(
  leftWith(row('c1', { date: '2025-06-02' }, { processId: 'a2', municipality: '091', region: '01', documents: { cv: 1, application: 0 } }), '2025-07-15', employedFrom('2025-07-20')),
  '2026-01-15',
  employedFrom('2025-07-20'),
  ['precarious-to-stable'],
);
const open = row('c2', { date: '2026-03-02', gender: null, disability: 'yes' }, { processId: 'b1', selfAssessment: { start: { selfKnowledge: 2, identifyOwnSkills: 2, careerPlanningConfidence: 3 } } });
const otherOrganisation = row('c3', {}, { processId: 'c1', organisation: 'ORG-B' });
const enteredLater = row('c4', { date: '2026-04-02' }, { processId: 'd1' });

describe('the participant-level extract', () => {
  const rows = participantExtract([first, reentry, open, otherOrganisation, enteredLater], { asOf, filters: { organisation: 'ORG-A' } }, pseudonymOf);

  it('has one row per participant per operation, with exactly the columns of the data dictionary, never the client id', () => {
    expect(rows).toHaveLength(2);
    for (const extracted of rows) expect(Object.keys(extracted)).toEqual(EXTRACT_COLUMNS.map((c) => c.key));
    expect(JSON.stringify(rows)).not.toMatch(/"c1"|"c2"|"a1"|"a2"|"b1"/);
    expect(rows.map((r) => r.participant_pseudonym)).toEqual(['p-c1', 'p-c2']);
  });

  it('keeps the first entry data, the last exit, the 28-day status, the six-month follow-up and the learning outcomes', () => {
    expect(rows[0]).toMatchObject({
      project: 'S20738',
      organisation: 'ORG-A',
      municipality_code: '564',
      region_code: '17',
      first_entry_date: '2025-02-03',
      processes: 2,
      record_complete: true,
      missing_fields: null,
      age_at_entry: 56,
      labour_market_status_recorded: 'unemployed',
      labour_market_status_at_entry: 'unemployed',
      last_exit_date: '2025-07-15',
      exit_status: 'employed',
      status_upon_leaving: 'employed',
      status_upon_leaving_date: '2025-07-20',
      six_month_moment: '2026-01-15',
      six_month_follow_up_date: '2026-01-15',
      status_six_months_after: 'employed',
      six_month_improvements: 'precarious-to-stable',
      drew_up_skills_cv: true,
      wrote_job_application: false,
      learning_outcomes_confirmed: false,
    });
  });

  it('carries incomplete and open records, flagged, with blanks for what has not happened', () => {
    expect(rows[1]).toMatchObject({
      record_complete: false,
      missing_fields: 'gender',
      gender: null,
      disability: 'yes',
      disadvantaged: true,
      last_exit_date: null,
      status_upon_leaving: null,
      six_month_moment: null,
      self_knowledge_start: 2,
      self_knowledge_end: null,
      municipality_code: null,
    });
  });

  it('takes the period and the region like the indicators', () => {
    const inPeriod = participantExtract([first, reentry, open], { asOf, filters: {}, period: { from: '2026-01-01', to: '2026-03-31', by: 'entry' } }, pseudonymOf);
    expect(inPeriod.map((r) => r.participant_pseudonym)).toEqual(['p-c2']);
    const north = participantExtract([first, reentry, open], { asOf, filters: { region: '17' } }, pseudonymOf);
    expect(north.map((r) => r.participant_pseudonym)).toEqual(['p-c1']);
  });
});

describe('the data dictionary', () => {
  it('names every column once and maps each to the indicator table by its predicates', () => {
    expect(new Set(EXTRACT_COLUMNS.map((c) => c.key)).size).toBe(EXTRACT_COLUMNS.length);
    const age = EXTRACT_COLUMNS.find((c) => c.key === 'age_at_entry')!;
    expect(indicatorsFedBy(age, 'esfplus2021')).toBe('EECO06, EECO07, EECO08');
    expect(indicatorsFedBy(age, 'esf2014')).toBe('CO06, CO07, CO08, CR08');
    expect(indicatorsFedBy(EXTRACT_COLUMNS.find((c) => c.key === 'status_upon_leaving')!, 'esfplus2021')).toBe('EECR01, EECR02, EECR04');
  });

  it('leaves no computable indicator without a column behind it', () => {
    const fed = new Set(EXTRACT_COLUMNS.flatMap((c) => ('predicates' in c.feeds ? c.feeds.predicates : [])));
    const unfed = INDICATOR_TABLE.filter((i) => i.compute !== 'not-collected' && i.compute !== 'total' && !fed.has(i.compute)).map((i) => i.code);
    expect(unfed).toEqual([]);
  });
});
