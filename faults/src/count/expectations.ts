import type { ServiceName } from '../world/service-fleet';

/**
 * What the journeys leave in the store, by stream category: the service that owns the category,
 * and for each event type whether its relay publishes it (docs/events.md). A type the suite does
 * not know is reported, never ignored: the table must grow with the journeys.
 */
export const STORED_EVENTS: Record<string, { owner: ServiceName; types: Record<string, 'published' | 'internal'> }> = {
  client: {
    owner: 'client-intake',
    types: { ClientRegistered: 'published', AdvisorAssigned: 'published', ClientExited: 'published', ConsentRecorded: 'internal', PersonalDataViewed: 'internal' },
  },
  guidanceProcess: {
    owner: 'scheduling',
    types: { ProcessOpened: 'published', MeetingScheduled: 'published', MeetingCancelled: 'published', ProcessClosed: 'published' },
  },
  // The plan lives as long as its process: opened and closed by scheduling's own subscriber.
  careerPlan: { owner: 'scheduling', types: { CareerPlanStarted: 'internal', CareerPlanClosed: 'internal' } },
  skillsProfile: { owner: 'skills-assessment', types: { ProfileOpened: 'published', SkillAdded: 'published' } },
  // The log of use of skills profiles (document generation reads the profile): not relayed.
  skillsProfileView: { owner: 'skills-assessment', types: { ProfileViewed: 'internal' } },
  document: { owner: 'document-generation', types: { DocumentGenerated: 'published' } },
  outcome: { owner: 'outcomes-reporting', types: { ExitOutcomeRecorded: 'published' } },
  // notifications publishes nothing: its reminders are its own facts. The journeys plan a meeting
  // reminder (two days ahead; cancelled when the exit closes the process and cancels the meeting)
  // and a follow-up request (six months ahead): none falls due in a run.
  reminder: { owner: 'notifications', types: { ReminderScheduled: 'internal', ReminderCancelled: 'internal' } },
};

export function topicOfService(service: ServiceName): string {
  return `career.${service}.events.v1`;
}

/** The topics of the services that publish (notifications does not). */
export const TOPICS: readonly string[] = (['client-intake', 'scheduling', 'skills-assessment', 'document-generation', 'outcomes-reporting'] as const).map(topicOfService);
