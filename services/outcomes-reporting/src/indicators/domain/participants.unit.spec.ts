import { entryStatusOf, gainedQualificationUponLeaving, mergeParticipations, missingFields, statusUponLeaving } from './participants';
import { employedFrom, entry, jobSearching, leftWith, row, withChange } from '../../test-support/participant-row.builders';

const EXIT = '2026-03-10'; // + 28 days = 2026-04-07

function leaver(changeDate?: string) {
  const base = leftWith(row('c-1', { date: '2026-01-05' }), EXIT, jobSearching);
  return mergeParticipations([changeDate ? withChange(base, 'job', changeDate, employedFrom(changeDate)) : base])[0];
}

describe('the 28-day rule: the last labour-market event no later than 28 days after leaving', () => {
  it('a job starting on day 27 or on day 28 makes the participant employed upon leaving', () => {
    expect(statusUponLeaving(leaver('2026-04-06'))?.status).toBe('employed');
    expect(statusUponLeaving(leaver('2026-04-07'))?.status).toBe('employed');
  });

  it('a job starting on day 29 does not: the exit status (job searching) stands', () => {
    expect(statusUponLeaving(leaver('2026-04-08'))?.status).toBe('job-searching');
  });

  it('an event dated after the report day is not known yet', () => {
    expect(statusUponLeaving(leaver('2026-04-06'), '2026-04-05')?.status).toBe('job-searching');
  });

  it('a status that began before leaving and was not replaced is the status upon leaving', () => {
    const p = mergeParticipations([leftWith(row('c-1', { date: '2026-01-05' }), EXIT, employedFrom('2026-02-01'))])[0];
    expect(statusUponLeaving(p)?.status).toBe('employed');
  });

  it('two events on the same day: the one recorded later wins', () => {
    const base = leftWith(row('c-1', { date: '2026-01-05' }), EXIT, jobSearching);
    const twice = withChange(withChange(base, 'a', '2026-03-20', { status: 'in-training' }), 'b', '2026-03-20', { status: 'inactive' });
    expect(statusUponLeaving(mergeParticipations([twice])[0])?.status).toBe('inactive');
  });

  it('no status before the participant has left', () => {
    expect(statusUponLeaving(mergeParticipations([row('c-1')])[0])).toBeUndefined();
  });
});

describe('re-entry: once per operation, first entry data, last exit', () => {
  const first = leftWith(row('c-1', { date: '2025-01-10', ageAtEntry: 24, isced: 2 }, { processId: 'a', licencesEarned: [{ code: 'first-aid', date: '2025-02-01' }] }), '2025-03-31', {
    status: 'inactive',
  });
  const second = leftWith(row('c-1', { date: '2025-09-01', ageAtEntry: 25, isced: 3 }, { processId: 'b' }), '2026-01-30', jobSearching);

  it('merges the processes of a client in a project, whatever their order', () => {
    const [p] = mergeParticipations([second, first]);
    expect(p).toMatchObject({ firstEntryDate: '2025-01-10', lastExitDate: '2026-01-30', reentries: 1, processIds: ['a', 'b'] });
    expect(p.entry).toMatchObject({ ageAtEntry: 24, isced: 2 });
    expect(statusUponLeaving(p)?.status).toBe('job-searching');
    // A licence earned during the first process counts towards the participation.
    expect(gainedQualificationUponLeaving(p)).toBe(true);
  });

  it('has not left while the latest process is open', () => {
    const reopened = row('c-1', { date: '2025-09-01' }, { processId: 'b' });
    expect(mergeParticipations([first, reopened])[0].lastExitDate).toBeUndefined();
  });

  it('keeps operations apart: the same client in two projects is two participants', () => {
    expect(mergeParticipations([first, { ...second, project: 'OTHER' }])).toHaveLength(2);
  });
});

describe('entry data', () => {
  it('is complete with gender, employment status, age and education; not-told gender is an answer', () => {
    expect(missingFields(entry({ gender: 'not-told', disability: null, minority: 'not-told' }))).toEqual([]);
    expect(missingFields(entry({ gender: null, ageAtEntry: null, labourMarketStatus: null, isced: null }))).toEqual([
      'gender',
      'labourMarketStatus',
      'age',
      'education',
    ]);
  });

  it('derives long-term unemployment: more than 6 months below 25, more than 12 from 25', () => {
    expect(entryStatusOf(entry({ ageAtEntry: 24, unemploymentMonths: 6 }))).toBe('unemployed');
    expect(entryStatusOf(entry({ ageAtEntry: 24, unemploymentMonths: 7 }))).toBe('long-term-unemployed');
    expect(entryStatusOf(entry({ ageAtEntry: 25, unemploymentMonths: 12 }))).toBe('unemployed');
    expect(entryStatusOf(entry({ ageAtEntry: 25, unemploymentMonths: 13 }))).toBe('long-term-unemployed');
    expect(entryStatusOf(entry({ labourMarketStatus: 'long-term-unemployed', unemploymentMonths: undefined }))).toBe('long-term-unemployed');
    expect(entryStatusOf(entry({ labourMarketStatus: 'employed', unemploymentMonths: 30 }))).toBe('employed');
  });
});
