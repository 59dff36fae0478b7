import { Inject, Injectable } from '@nestjs/common';
import type { CommandSideOf } from '@career/event-sourcing';
import type { IntegrationHandlers, ProducerConsumer } from '@career/messaging';
import { reminder } from '../reminder/domain/reminder.aggregate';
import type { ReminderSubject } from '../reminder/domain/reminder.events';
import { reminderIds } from '../reminder/domain/reminder-id';
import { meetingReminderTiming } from '../reminder/domain/reminder-timing';
import { factContext, onReminder } from './fact-context';

/**
 * scheduling's facts plan the client's messages (docs/domain.md#the-process, steps 2-4): a
 * booked meeting gets a reminder 24 h before it, a move moves it, a cancellation cancels it; a
 * seat in a group session gets an invitation, a withdrawal cancels one not yet sent. Delivery is
 * at least once: reminder ids are derived from the meeting or seat, so nothing is planned twice.
 */
@Injectable()
export class SchedulingConsumer implements ProducerConsumer<'scheduling'> {
  readonly producer = 'scheduling' as const;

  constructor(@Inject(reminder.token) private readonly reminders: CommandSideOf<typeof reminder>) {}

  readonly handlers: IntegrationHandlers<'scheduling'> = {
    MeetingScheduled: async (event) => {
      const { processId, clientId, organisation, meetingId, start, durationMinutes, mode } = event.data;
      // A meeting booked after it began (recorded afterwards) needs no reminder.
      if (Date.parse(start) <= Date.parse(event.time)) return;
      const subject: ReminderSubject = { kind: 'meeting-reminder', processId, meetingId, start, durationMinutes, mode };
      const reminderId = reminderIds.meeting(meetingId, clientId);
      const data = { reminderId, organisation, recipient: { kind: 'client' as const, clientId }, subject, ...meetingReminderTiming(start) };
      await onReminder(this.reminders, reminderId, { type: 'ScheduleReminder', data, metadata: { now: new Date(event.time) } }, factContext(event, this.producer));
    },
    MeetingMoved: async (event) => {
      const { processId, clientId, organisation, meetingId, to } = event.data;
      const subject: ReminderSubject = { kind: 'meeting-reminder', processId, meetingId, start: to.start, durationMinutes: to.durationMinutes };
      const reminderId = reminderIds.meeting(meetingId, clientId);
      const data = { reminderId, organisation, recipient: { kind: 'client' as const, clientId }, subject, ...meetingReminderTiming(to.start) };
      await onReminder(this.reminders, reminderId, { type: 'MoveReminder', data, metadata: { now: new Date(event.time) } }, factContext(event, this.producer));
    },
    MeetingCancelled: async (event) => {
      const { clientId, meetingId } = event.data;
      const reminderId = reminderIds.meeting(meetingId, clientId);
      await onReminder(this.reminders, reminderId, { type: 'CancelReminder', data: { reason: 'meeting-cancelled' }, metadata: { now: new Date(event.time) } }, factContext(event, this.producer));
    },
    ParticipantEnrolled: async (event) => {
      const { sessionId, clientId, organisation, enrolledAt } = event.data;
      const subject: ReminderSubject = { kind: 'session-invitation', sessionId };
      const reminderId = reminderIds.invitation(sessionId, clientId);
      // Sent at once; the session's start, read at send time, says until when it makes sense.
      const data = { reminderId, organisation, recipient: { kind: 'client' as const, clientId }, subject, dueAt: new Date(enrolledAt).toISOString() };
      await onReminder(this.reminders, reminderId, { type: 'ScheduleReminder', data, metadata: { now: new Date(event.time) } }, factContext(event, this.producer));
    },
    ParticipantWithdrawn: async (event) => {
      const { sessionId, clientId } = event.data;
      const reminderId = reminderIds.invitation(sessionId, clientId);
      await onReminder(this.reminders, reminderId, { type: 'CancelReminder', data: { reason: 'withdrawn' }, metadata: { now: new Date(event.time) } }, factContext(event, this.producer));
    },
  };
}
