import { Inject, Injectable } from '@nestjs/common';
import { helsinkiDate } from '@career/calendar';
import { SYSTEM_ACCESS, type CommandSideOf } from '@career/event-sourcing';
import { AdvisorDirectory } from '../advisor-directory/read-models/advisor-directory';
import { NotificationsConfig } from '../notifications.config';
import { reminder } from '../reminder/domain/reminder.aggregate';
import type { ReminderSubject } from '../reminder/domain/reminder.events';
import { reminderIds } from '../reminder/domain/reminder-id';
import { digestTiming } from '../reminder/domain/reminder-timing';

/**
 * Plans today's digest for every advisor who wants one: a reminder per advisor and Helsinki day
 * (a deterministic id, so planning it again plans nothing), due at DIGEST_HOUR. Days already
 * planned in this process are remembered, so a tick does not re-read every advisor's stream.
 */
@Injectable()
export class DigestPlanner {
  private readonly planned = new Set<string>();

  constructor(
    @Inject(reminder.token) private readonly reminders: CommandSideOf<typeof reminder>,
    private readonly directory: AdvisorDirectory,
    private readonly config: NotificationsConfig,
  ) {}

  async planFor(now: Date): Promise<number> {
    const date = helsinkiDate(now);
    let planned = 0;
    for (const entry of await this.directory.digestRecipients()) {
      const key = `${entry.organisation}:${entry.advisorId}:${date}`;
      if (this.planned.has(key)) continue;
      const subject: ReminderSubject = { kind: 'advisor-digest', advisorId: entry.advisorId, date };
      const reminderId = reminderIds.digest(entry.organisation, entry.advisorId, date);
      const correlation = `digest:${date}`;
      const result = await this.reminders.handle(
        reminderId,
        {
          type: 'ScheduleReminder',
          data: { reminderId, organisation: entry.organisation, recipient: { kind: 'advisor', advisorId: entry.advisorId }, subject, ...digestTiming(date, this.config.DIGEST_HOUR) },
          metadata: { now },
        },
        { context: { actor: { id: 'notifications', role: 'system' }, organisation: entry.organisation, correlationId: correlation, causationId: correlation, now }, access: SYSTEM_ACCESS },
      );
      planned += result.newEvents.length;
      this.planned.add(key);
    }
    return planned;
  }
}
