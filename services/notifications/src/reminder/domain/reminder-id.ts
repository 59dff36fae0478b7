import { nameBasedUuid } from '@career/contracts';

/** This service's fixed namespace for reminder ids; never change it (the streams are named by it). */
const REMINDER_ID_NAMESPACE = '0b8e3f52-7c1d-5a4e-9d26-3f7a1c5e8b40';

const idOf = (name: string) => nameBasedUuid(REMINDER_ID_NAMESPACE, name);

/**
 * One reminder per thing and kind, whatever delivers the fact and however often: a meeting's
 * reminder, one invitation per client and session, one follow-up request per process, one digest
 * per advisor and day. A redelivered fact lands on the same stream and plans nothing twice.
 */
export const reminderIds = {
  meeting: (meetingId: string, clientId: string) => idOf(`meeting-reminder:${meetingId}:${clientId}`),
  invitation: (sessionId: string, clientId: string) => idOf(`session-invitation:${sessionId}:${clientId}`),
  followUp: (processId: string, clientId: string) => idOf(`follow-up-request:${processId}:${clientId}`),
  digest: (organisation: string, advisorId: string, date: string) => idOf(`advisor-digest:${organisation}:${advisorId}:${date}`),
};
