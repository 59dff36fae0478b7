import { activity, employedFrom, jobSearching, leftWith, row } from './participant-row.builders';
import type { ParticipantRow } from '../participants/domain/participant-row';

/**
 * Worked example for the process and learning metrics, as of 2026-06-30 (ISO weeks of 2026:
 * W02 starts Monday 5 January).
 *
 *  id  entry       IA completed   weeks  held missed direction         exit        exit status (start)          docs cv/app  self-assessment start -> end   advisor confirmed
 *  M1  2026-01-05  2026-01-26     W02-W05 = 4   6  1  group-guidance    2026-04-30  employed (2026-05-04): 119 d  2 / 1  sk 2->4, id 2->3, conf 2->2  learnedToIdentifySkills
 *  M2  2026-01-07  2026-01-13     W02-W03 = 2   3  0  licence-training  2026-03-31  studying (2026-08-15): 220 d  1 / 0  sk 3->3, id 3->4, conf 3->2  -
 *  M3  2026-02-02  2026-03-13     W06-W11 = 6   5  3  individual-only   open (overdue from 2026-03-09)            0 / 0  start only
 *  M4  2026-03-02  -                            2  1  -                 open, initial assessment
 *  M5  2026-01-12  2026-01-30     W03-W05 = 3   4  0  group-guidance    2026-05-29  job searching                 0 / 2  sk 2->3, id 3->3, conf 4->5  drewUpSkillsCv, improvedConfidence
 *  M6  2026-01-19  2026-02-09     W04-W07 = 4   5  0  group-guidance    2026-06-12  employed since 2025-12-01 (before entry: no time to outcome)
 *  M8  2026-02-16  2026-03-06     W08-W10 = 3   3  2  licence-training  2026-06-01  not recorded              (1 referral)
 *  M7  2026-07-06  entered after the day of the report: not counted
 *
 * Who did the work (c = the client themself, a = the advisor):
 *  M1  CVs c1 a1, application a1, inventory c1, ratings start c end c (+1 during c), skills c3 a2, profile text c1
 *  M2  CV a1, ratings start a end c, skills a1
 *  M3  rating start a
 *  M5  applications c2, inventory a1, ratings start c end c
 */
export const METRICS_AS_OF = '2026-06-30';

const ratings = (selfKnowledge: number, identifyOwnSkills: number, careerPlanningConfidence: number) => ({ selfKnowledge, identifyOwnSkills, careerPlanningConfidence });
const confirmed = (overrides: Partial<NonNullable<ParticipantRow['learningOutcomes']>>) => ({
  learnedToIdentifySkills: false,
  drewUpSkillsCv: false,
  wroteJobApplication: false,
  improvedSelfKnowledge: false,
  improvedConfidence: false,
  ...overrides,
});

export const METRICS_ROWS: readonly ParticipantRow[] = [
  leftWith(
    row('M1', { date: '2026-01-05' }, {
      phases: { initialAssessmentStarted: '2026-01-05', initialAssessmentCompleted: '2026-01-26' },
      meetingsHeld: 6,
      meetingsMissed: 1,
      direction: 'group-guidance',
      documents: { cv: 2, application: 1 },
      selfAssessment: { start: ratings(2, 2, 2), end: ratings(4, 3, 2), startBy: 'client', endBy: 'client' },
      activity: activity({
        cv: { byClient: 1, byAdvisor: 1 },
        application: { byAdvisor: 1 },
        interestInventory: { byClient: 1 },
        selfAssessment: { byClient: 3 },
        skills: { byClient: 3, byAdvisor: 2 },
        profileText: { byClient: 1 },
      }),
      learningOutcomes: confirmed({ learnedToIdentifySkills: true }),
    }),
    '2026-04-30',
    employedFrom('2026-05-04'),
  ),
  leftWith(
    row('M2', { date: '2026-01-07' }, {
      phases: { initialAssessmentStarted: '2026-01-07', initialAssessmentCompleted: '2026-01-13' },
      meetingsHeld: 3,
      direction: 'licence-training',
      trainingReferrals: 2,
      licencesEarned: [{ code: 'forklift', date: '2026-02-20' }],
      documents: { cv: 1, application: 0 },
      selfAssessment: { start: ratings(3, 3, 3), end: ratings(3, 4, 2), startBy: 'advisor', endBy: 'client' },
      activity: activity({ cv: { byAdvisor: 1 }, selfAssessment: { byClient: 1, byAdvisor: 1 }, skills: { byAdvisor: 1 } }),
    }),
    '2026-03-31',
    { status: 'studying', institutionType: 'vocational', iscedLevel: 4, startDate: '2026-08-15' },
  ),
  row('M3', { date: '2026-02-02' }, {
    phases: { initialAssessmentStarted: '2026-02-02', initialAssessmentCompleted: '2026-03-13', initialAssessmentOverdue: '2026-03-09' },
    meetingsHeld: 5,
    meetingsMissed: 3,
    direction: 'individual-only',
    selfAssessment: { start: ratings(1, 1, 1), startBy: 'advisor' },
    activity: activity({ selfAssessment: { byAdvisor: 1 } }),
  }),
  row('M4', { date: '2026-03-02' }, { meetingsHeld: 2, meetingsMissed: 1 }),
  leftWith(
    row('M5', { date: '2026-01-12' }, {
      phases: { initialAssessmentStarted: '2026-01-12', initialAssessmentCompleted: '2026-01-30' },
      meetingsHeld: 4,
      direction: 'group-guidance',
      documents: { cv: 0, application: 2 },
      selfAssessment: { start: ratings(2, 3, 4), end: ratings(3, 3, 5), startBy: 'client', endBy: 'client' },
      activity: activity({ application: { byClient: 2 }, interestInventory: { byAdvisor: 1 }, selfAssessment: { byClient: 2 } }),
      learningOutcomes: confirmed({ drewUpSkillsCv: true, improvedConfidence: true }),
    }),
    '2026-05-29',
    jobSearching,
  ),
  leftWith(
    row('M6', { date: '2026-01-19' }, {
      phases: { initialAssessmentStarted: '2026-01-19', initialAssessmentCompleted: '2026-02-09' },
      meetingsHeld: 5,
      direction: 'group-guidance',
    }),
    '2026-06-12',
    employedFrom('2025-12-01'),
  ),
  row('M7', { date: '2026-07-06' }, { meetingsHeld: 1 }),
  {
    ...row('M8', { date: '2026-02-16' }, {
      phases: { initialAssessmentStarted: '2026-02-16', initialAssessmentCompleted: '2026-03-06' },
      meetingsHeld: 3,
      meetingsMissed: 2,
      direction: 'licence-training',
      trainingReferrals: 1,
    }),
    exitDate: '2026-06-01',
  },
];
