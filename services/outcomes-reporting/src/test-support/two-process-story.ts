import type { IntegrationEvent } from '@career/contracts';
import type { ClientStory } from './integration-events';

/** One client through two processes, as the four topics tell it (each list in its topic's order). */
export function twoProcessStory(story: ClientStory) {
  const referral = '0b6f5c1e-2f0a-4c3e-9a55-2f6a9b1f3c01';
  const cv = 'c0c0c0c0-1111-4222-8333-444444444444';
  return {
    'client-intake': [
      story.registered({ entryDate: '2026-02-03', gender: 'man', ageAtEntry: 52 }, { registeredAt: '2026-02-03T09:00:00.000Z' }),
      story.advisorAssigned('advisor-7', '2026-02-03T09:00:01.000Z'),
      story.exited(1, '2026-06-30'),
      story.reentered(2, '2026-09-01', '2026-06-30', { labourMarketStatus: 'unemployed', unemploymentMonths: 2 }),
      story.advisorAssigned('advisor-9', '2026-09-01T08:00:01.000Z'),
      story.exited(2, '2026-12-15', 'studies'),
    ],
    scheduling: [
      story.processOpened(1, '2026-02-04T08:00:00.000Z', 'advisor-7'),
      story.meeting('held', 1, '2026-02-05T10:00:00.000Z', 'aaaaaaaa-0000-4000-8000-000000000001'),
      story.meeting('no-show', 1, '2026-02-12T10:00:00.000Z'),
      story.meeting('held', 1, '2026-02-19T10:00:00.000Z'),
      story.meeting('held', 1, '2026-02-26T10:00:00.000Z'),
      // The same meeting recorded again (a redelivery under a new event id): still one meeting.
      story.meeting('held', 1, '2026-02-05T10:05:00.000Z', 'aaaaaaaa-0000-4000-8000-000000000001'),
      story.initialAssessmentCompleted(1, '2026-03-04T12:00:00.000Z', 'licence-training', ['forklift-licence']),
      story.trainingReferralMade(1, referral, 'forklift-licence', '2026-03-05T08:00:00.000Z'),
      story.trainingCompleted(1, referral, 'forklift-licence', true, '2026-04-10T13:00:00.000Z'),
      story.processClosed(1, '2026-06-30T12:00:01.000Z'),
      story.processOpened(2, '2026-09-01T08:00:02.000Z', 'advisor-9'),
      story.initialAssessmentOverdue(2, '2026-10-05T21:00:00.000Z'),
      story.meeting('held', 2, '2026-09-02T10:00:00.000Z'),
    ],
    // Process 1: the client answers the inventory, rates themself, records a skill (and the
    // advisor another), and writes their profile text; process 2: the advisor enters a rating.
    'skills-assessment': [
      story.interestInventory('2026-02-05T10:30:00.000Z', 'client'),
      story.selfAssessment('start', '2026-02-05T11:00:00.000Z', [2, 2, 1]),
      story.skillAdded('s1', '2026-02-12T11:00:00.000Z', 'client'),
      story.skillAdded('s2', '2026-02-19T11:00:00.000Z', 'advisor'),
      story.profileTextWritten('2026-03-01T11:00:00.000Z', 'client'),
      story.selfAssessment('during', '2026-04-01T11:00:00.000Z', [3, 3, 3]),
      story.selfAssessment('end', '2026-06-20T11:00:00.000Z', [4, 3, 2]),
      story.selfAssessment('start', '2026-09-03T11:00:00.000Z', [3, 3, 3], 'advisor'),
    ],
    // The CV by staff (two formats of one version), the application by the client on their own
    // channel; process 2's CV from before facts said who generated it (counts as staff's).
    'document-generation': [
      story.documentGenerated('skills-cv', '2026-05-01T10:00:00.000Z', cv, 1, 'pdf', 'staff'),
      story.documentGenerated('skills-cv', '2026-05-01T10:00:01.000Z', cv, 1, 'docx', 'staff'),
      story.documentGenerated('job-application', '2026-05-10T10:00:00.000Z', undefined, 1, 'pdf', 'client'),
      story.documentGenerated('skills-cv', '2026-10-01T10:00:00.000Z', cv, 2, 'pdf'),
    ],
  } satisfies Record<string, IntegrationEvent[]>;
}

