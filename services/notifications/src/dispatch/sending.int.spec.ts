import { randomUUID } from 'node:crypto';
import { addDays, addMonths, fromHelsinkiWallClock, helsinkiDate, partsOf } from '@career/calendar';
import { deleteMails, eventually, identityCode, mail, mailsWithMessageId, type MailMessage } from '@career/testing';
import type { CommandSideOf } from '@career/event-sourcing';
import type { Model } from 'mongoose';
import { reminder } from '../reminder/domain/reminder.aggregate';
import { reminderIds } from '../reminder/domain/reminder-id';
import { followUpRequestTiming } from '../reminder/domain/reminder-timing';
import { MAX_ATTEMPTS, retryDelayMs } from '../reminder/domain/reminder.rules';
import { REMINDER_ROW_MODEL, type ReminderRowDocument } from '../reminder/read-models/reminder-row.schema';
import { startNotificationsTestApp, type NotificationsTestApp } from '../test-support/notifications-test-app';

jest.setTimeout(120_000);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface ReminderView {
  reminderId: string;
  kind: string;
  status: string;
  dueAt: string;
  attempts: number;
  last: { type: string; reason?: string; messageId?: string };
}

// The messages as they leave the service (docs/domain.md#the-process): planned from the facts,
// sent by the dispatcher through a real SMTP server (the shared Mailpit, behind a proxy the test
// can cut) and read back through Mailpit's HTTP API; the owners read at send time stand in on
// loopback. The dispatcher runs as of the time each test names.
describe('notifications: what is sent, what is not, and why', () => {
  let t: NotificationsTestApp;
  let advisor: string;

  beforeAll(async () => {
    t = await startNotificationsTestApp('sending');
    advisor = await t.token('advisor', 'advisor-1');
  });
  afterAll(async () => {
    await deleteMails((await mailsWithMessageId(`@${t?.messageIdDomain}`).catch(() => [])).map((m) => m.ID)).catch(() => undefined);
    await t?.close();
  });

  /** A client notifications knows (client-intake's ClientRegistered), with contact details at client-intake. */
  async function knownClient(contact: { email?: string; firstName?: string; preferredLanguage: 'fi' | 'sv' | 'en' }): Promise<string> {
    const clientId = randomUUID();
    await t.deliver('ClientRegistered', { clientId, processNumber: 1, advisorId: 'advisor-1' });
    t.owners.contact(t.organisation, clientId, contact);
    return clientId;
  }

  async function remindersOf(clientId: string): Promise<ReminderView[]> {
    const response = await t.api('GET', `/api/v1/clients/${clientId}/notifications`, { token: advisor });
    expect(response.status).toBe(200);
    return response.json.items as ReminderView[];
  }
  const reminderWhere = (clientId: string, test: (r: ReminderView) => boolean, what: string) => eventually(async () => (await remindersOf(clientId)).find(test), 20_000, what);

  /**
   * Runs the dispatcher as of `now` until `probe` holds: a reminder a run plans (a digest) reaches
   * the dispatcher's work list through the projection, so the next run sends it.
   */
  async function runUntil<T>(now: Date, probe: () => Promise<T | undefined>, what: string): Promise<T> {
    return eventually(async () => {
      await t.run(now);
      return probe();
    }, 20_000, what);
  }

  const mailsOf = (reminderId: string) => mailsWithMessageId(`reminder.${reminderId}.`);
  async function theOneMailOf(reminderId: string): Promise<MailMessage> {
    const found = await mailsOf(reminderId);
    expect(found.map((m) => m.MessageID)).toEqual([`reminder.${reminderId}.1@${t.messageIdDomain}`]);
    return mail(found[0].ID);
  }

  async function enrolled(clientId: string, start: Date, title = 'Omat vahvuudet'): Promise<string> {
    const sessionId = randomUUID();
    t.owners.session(t.organisation, sessionId, { title, topic: 'osaamisen tunnistaminen', start: start.toISOString(), durationMinutes: 120, place: 'Sali 2' });
    await t.deliver('ParticipantEnrolled', { sessionId, clientId, fromWaitingList: false, enrolledAt: new Date().toISOString() }, { producer: 'scheduling' });
    return reminderIds.invitation(sessionId, clientId);
  }

  it('invites a client to the group session they got a place in, in their language, with its time and place', async () => {
    const clientId = await knownClient({ email: `kutsuttu-${randomUUID().slice(0, 8)}@example.test`, firstName: 'Elsa', preferredLanguage: 'sv' });
    const start = new Date(Date.now() + 5 * DAY);
    const reminderId = await enrolled(clientId, start, 'Egna styrkor');
    await reminderWhere(clientId, (r) => r.reminderId === reminderId && r.kind === 'session-invitation', 'the invitation planned');
    await t.run(new Date());
    const sent = await reminderWhere(clientId, (r) => r.reminderId === reminderId && r.status === 'sent', 'the invitation sent');
    expect(sent.last).toMatchObject({ type: 'ReminderSent', messageId: `reminder.${reminderId}.1@${t.messageIdDomain}` });

    const message = await theOneMailOf(reminderId);
    expect(message.To.map((to) => to.Address)).toEqual([expect.stringMatching(/^kutsuttu-/)]);
    expect(message.Subject).toBe('Inbjudan till gruppvägledning: Egna styrkor');
    expect(message.Text).toMatch(/^Hej Elsa,/);
    expect(message.Text).toContain('Plats: Sali 2');
    const time = new Intl.DateTimeFormat('sv-FI', { timeZone: 'Europe/Helsinki', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(start).replace(':', '.');
    expect(message.Text).toContain(`kl. ${time}, 120 min`);
    // A later run finds nothing more to send: one invitation, one mail.
    await t.run(new Date(Date.now() + 60_000));
    expect(await mailsOf(reminderId)).toHaveLength(1);
  });

  it('asks for the six-month follow-up on the morning six months after the exit, not before', async () => {
    const clientId = await knownClient({ email: `seurattava-${randomUUID().slice(0, 8)}@example.test`, firstName: 'Aino', preferredLanguage: 'fi' });
    // An exit whose six months fall in a few days, so only this test's runs send it.
    const exitDate = addMonths(addDays(helsinkiDate(new Date()), 5), -6);
    await t.deliver('ClientExited', { clientId, processNumber: 1, exitDate, reason: 'employed' });
    const planned = await reminderWhere(clientId, (r) => r.kind === 'follow-up-request', 'the follow-up request planned');
    const { dueAt } = followUpRequestTiming(exitDate);
    expect(planned.dueAt).toBe(dueAt);
    expect(fromHelsinkiWallClock({ ...partsOf(helsinkiDate(new Date(dueAt))), hour: 9, minute: 0, second: 0 }).toISOString()).toBe(dueAt);

    await t.run(new Date(Date.parse(dueAt) - 60_000));
    expect(await mailsOf(planned.reminderId)).toEqual([]);
    await t.run(new Date(Date.parse(dueAt) + 60_000));
    await reminderWhere(clientId, (r) => r.reminderId === planned.reminderId && r.status === 'sent', 'the request sent');
    const message = await theOneMailOf(planned.reminderId);
    expect(message.Subject).toBe('Miten sinulla menee? Puolen vuoden seuranta');
    const [year, month, day] = exitDate.split('-').map(Number);
    expect(message.Text).toContain(`päättyi ${day}.${month}.${year}`);
  });

  it('sends an advisor the digest of their worklist: reasons, due dates and links, nothing that identifies a client', async () => {
    const advisorId = `digest-${randomUUID().slice(0, 8)}`;
    const email = `${advisorId}@keha.example`;
    const own = await t.token('advisor', advisorId);
    expect((await t.api('PUT', '/api/v1/advisor-directory/me', { token: own, body: { email, language: 'en', digest: true } })).status).toBe(200);
    const [clientA, clientB] = [randomUUID(), randomUUID()];
    const code = identityCode(321);
    // What scheduling answers, plus what it never should (a name, an identity code): the digest takes only the row's reason, date, client id and link.
    t.owners.worklist(t.organisation, advisorId, [
      { reason: { code: 'initial-assessment-overdue', text: 'Initial assessment overdue since 2026-12-01.' }, dueDate: '2026-12-01', overdue: true, clientId: clientA, processId: 'p-a', links: { self: `/api/v1/guidance-processes/p-a` }, ...{ identityCode: code, name: 'Muistettava Meikäläinen' } },
      { reason: { code: 'plan-step-overdue', text: '2 career plan steps are overdue (the client’s), the earliest due on 2026-12-03.' }, dueDate: '2026-12-03', overdue: true, clientId: clientB, processId: 'p-b', links: { self: `/api/v1/guidance-processes/p-b/career-plan` } },
    ]);
    // Tomorrow, after the digest hour (07:00 Helsinki): the run plans tomorrow's digest and sends it.
    const tomorrow = addDays(helsinkiDate(new Date()), 1);
    const reminderId = reminderIds.digest(t.organisation, advisorId, tomorrow);
    await runUntil(fromHelsinkiWallClock({ ...partsOf(tomorrow), hour: 7, minute: 30, second: 0 }), async () => ((await mailsOf(reminderId)).length > 0 ? true : undefined), 'the digest sent');
    const message = await theOneMailOf(reminderId);
    expect(message.To.map((to) => to.Address)).toEqual([email]);
    expect(message.Subject).toMatch(/^Worklist .*: 2 items$/);
    expect(message.Text).toContain(`Initial assessment overdue since 2026-12-01. [${clientA}]`);
    expect(message.Text).toContain(`${t.owners.url}/api/v1/guidance-processes/p-a`);
    expect(message.Text).toContain(`2 career plan steps are overdue (the client’s), the earliest due on 2026-12-03. [${clientB}]`);
    expect(message.Text).toContain(`${t.owners.url}/api/v1/guidance-processes/p-b/career-plan`);
    expect(message.Text).toContain(`The whole worklist: ${t.owners.url}/api/v1/worklists/me`);
    expect(message.Text).not.toContain(code);
    expect(message.Text).not.toContain('Meikäläinen');
    // No identity code of any shape (DDMMYY, century sign, individual number, check character).
    expect(message.Text).not.toMatch(/\b\d{6}[-+ABCDEFUVWXY]\d{3}[0-9A-Y]\b/);
  });

  it('records a digest with nothing to report as suppressed and sends nothing', async () => {
    const advisorId = `quiet-${randomUUID().slice(0, 8)}`;
    const own = await t.token('advisor', advisorId);
    expect((await t.api('PUT', '/api/v1/advisor-directory/me', { token: own, body: { email: `${advisorId}@keha.example`, language: 'fi', digest: true } })).status).toBe(200);
    t.owners.worklist(t.organisation, advisorId, []);
    const date = addDays(helsinkiDate(new Date()), 2);
    const reminderId = reminderIds.digest(t.organisation, advisorId, date);
    const rows = t.app.get<Model<ReminderRowDocument>>(REMINDER_ROW_MODEL);
    const row = await runUntil(fromHelsinkiWallClock({ ...partsOf(date), hour: 7, minute: 30, second: 0 }), async () => {
      const found = await rows.findById(reminderId).lean();
      return found && found.status !== 'pending' ? found : undefined;
    }, 'the digest settled');
    expect(row).toMatchObject({ status: 'suppressed', lastEvent: { type: 'ReminderSuppressed', reason: 'nothing-to-report' } });
    expect(await mailsOf(reminderId)).toEqual([]);
  });

  it('retries a send the mail server did not take, with backoff, and records it failed with the reason after the last attempt', async () => {
    const clientId = await knownClient({ email: `ei-perille-${randomUUID().slice(0, 8)}@example.test`, preferredLanguage: 'fi' });
    const meetingId = randomUUID();
    const start = new Date(Date.now() + 3 * DAY);
    await t.deliver('MeetingScheduled', { processId: randomUUID(), clientId, meetingId, advisorId: 'advisor-1', phase: 'initial-assessment', start: start.toISOString(), durationMinutes: 45, mode: 'phone', extra: false }, { producer: 'scheduling' });
    const planned = await reminderWhere(clientId, (r) => r.kind === 'meeting-reminder', 'the reminder planned');
    const reminders = t.app.get<CommandSideOf<typeof reminder>>(reminder.token);
    await t.relay.down();
    try {
      let now = Date.parse(planned.dueAt);
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        // Not yet: the backoff since the last failure has not run out.
        if (attempt > 1) {
          await t.run(new Date(now - 1_000));
          // Read from the reminder's stream (the record itself, not the read model that follows it).
          expect(await reminders.standing(planned.reminderId)).toMatchObject({ state: { status: 'pending', attempts: attempt - 1 } });
        }
        await t.run(new Date(now));
        const view = await reminderWhere(clientId, (r) => r.reminderId === planned.reminderId && r.attempts === attempt && r.last.type === 'ReminderFailed', `attempt ${attempt} recorded`);
        expect(view).toMatchObject({ status: attempt < MAX_ATTEMPTS ? 'pending' : 'failed', last: { type: 'ReminderFailed', reason: 'smtp-unavailable' } });
        now += retryDelayMs(attempt);
      }
    } finally {
      await t.relay.up();
    }
    const failed = await reminderWhere(clientId, (r) => r.reminderId === planned.reminderId && r.status === 'failed', 'the reminder failed for good');
    expect(failed).toMatchObject({ attempts: MAX_ATTEMPTS, last: { type: 'ReminderFailed', reason: 'smtp-unavailable' } });
    // Failed for good: the server back does not make it go out any more.
    await t.run(new Date(Date.parse(planned.dueAt) + 2 * HOUR));
    expect(await mailsOf(planned.reminderId)).toEqual([]);
  });

  it('sends on the next attempt once the mail server is back: one mail, the same Message-ID', async () => {
    const clientId = await knownClient({ email: `myohassa-${randomUUID().slice(0, 8)}@example.test`, preferredLanguage: 'en' });
    const start = new Date(Date.now() + 3 * DAY + HOUR);
    await t.deliver('MeetingScheduled', { processId: randomUUID(), clientId, meetingId: randomUUID(), advisorId: 'advisor-1', phase: 'follow-up', start: start.toISOString(), durationMinutes: 45, mode: 'in-person', extra: false }, { producer: 'scheduling' });
    const planned = await reminderWhere(clientId, (r) => r.kind === 'meeting-reminder', 'the reminder planned');
    await t.relay.down();
    try {
      await t.run(new Date(planned.dueAt));
      await reminderWhere(clientId, (r) => r.reminderId === planned.reminderId && r.attempts === 1 && r.last.type === 'ReminderFailed' && r.last.reason === 'smtp-unavailable', 'the first attempt failed');
    } finally {
      await t.relay.up();
    }
    await t.run(new Date(Date.parse(planned.dueAt) + retryDelayMs(1)));
    const sent = await reminderWhere(clientId, (r) => r.reminderId === planned.reminderId && r.status === 'sent', 'the reminder sent');
    expect(sent.attempts).toBe(2);
    expect((await theOneMailOf(planned.reminderId)).Subject).toMatch(/^Reminder: guidance meeting on /);
  });

  it('suppresses a message on the channel the client opted out of, without reading their address; opted back in, the next one goes out', async () => {
    const clientId = await knownClient({ email: `kieltaytynyt-${randomUUID().slice(0, 8)}@example.test`, preferredLanguage: 'fi' });
    const optOut = await t.api('PATCH', `/api/v1/clients/${clientId}/notification-preferences`, { token: advisor, body: { optOut: ['email'] } });
    expect(optOut.json).toEqual({ clientId, channels: { email: 'opted-out' } });
    const first = await enrolled(clientId, new Date(Date.now() + 6 * DAY));
    await reminderWhere(clientId, (r) => r.reminderId === first, 'the invitation planned');
    await t.run(new Date());
    const suppressed = await reminderWhere(clientId, (r) => r.reminderId === first && r.status === 'suppressed', 'the invitation suppressed');
    expect(suppressed.last).toMatchObject({ type: 'ReminderSuppressed', reason: 'opted-out' });
    expect(await mailsOf(first)).toEqual([]);
    expect(t.owners.asked()).not.toContain(`/internal/v1/clients/${clientId}/contact`);

    const optIn = await t.api('PATCH', `/api/v1/clients/${clientId}/notification-preferences`, { token: advisor, body: { optIn: ['email'] } });
    expect(optIn.json).toEqual({ clientId, channels: { email: 'on' } });
    const second = await enrolled(clientId, new Date(Date.now() + 7 * DAY), 'Työnhaku');
    await reminderWhere(clientId, (r) => r.reminderId === second, 'the second invitation planned');
    await t.run(new Date());
    await reminderWhere(clientId, (r) => r.reminderId === second && r.status === 'sent', 'the second invitation sent');
    expect((await theOneMailOf(second)).Subject).toBe('Kutsu ryhmäohjaukseen: Työnhaku');
    expect(await mailsOf(first)).toEqual([]);
  });
});
