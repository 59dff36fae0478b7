import { nameBasedUuid } from '@career/contracts';
import type { ReminderSubject } from './reminder.events';

/** This service's fixed namespace for reminder ids; never change it (the streams are named by it). */
const REMINDER_ID_NAMESPACE = '0b8e3f52-7c1d-5a4e-9d26-3f7a1c5e8b40';

/**
 * One reminder per thing and kind, whatever delivers the fact and however often: a meeting's
 * reminder, one invitation per client and session, one follow-up request per process, one digest
 * per advisor and day. A redelivered fact lands on the same stream and plans nothing twice.
 */
export function reminderIdOf(subject: ReminderSubject, recipientKey: string): string {
  return nameBasedUuid(REMINDER_ID_NAMESPACE, `${subject.kind}:${subjectKeyOf(subject)}:${recipientKey}`);
}

function subjectKeyOf(subject: ReminderSubject): string {
  switch (subject.kind) {
    case 'meeting-reminder':
      return subject.meetingId;
    case 'session-invitation':
      return subject.sessionId;
    case 'follow-up-request':
      return subject.processId;
    case 'advisor-digest':
      return `${subject.advisorId}:${subject.date}`;
  }
}
