import {
  assertMailpitReachable,
  deleteMails,
  eventually,
  freePort,
  mail,
  mailsWithMessageId,
  MAILPIT_SMTP_PORT,
  startService,
  startTcpProxy,
  type MailSummary,
  type RunningService,
  type TcpProxy,
} from '@career/testing';
import { api, e2eEnvironment, registrationBody } from './support/e2e-environment';

jest.setTimeout(300_000);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface ReminderView {
  reminderId: string;
  kind: string;
  status: string;
  dueAt: string;
  round: number;
  subject: { start?: string };
  last: { type: string; reason?: string; messageId?: string };
}

// docs/domain.md#the-process through the real processes: client-intake registers clients, scheduling opens their
// processes from Kafka and books meetings, the notifications service plans a reminder 24 h before
// each meeting from scheduling's facts, reads the address from client-intake at send time and
// mails it through a real SMTP server (Mailpit), whose API the test reads the mail back from. The
// notifications process is killed with SIGKILL around the send to prove "once, on time": one
// mail per reminder; two, with the same Message-ID, only when the kill falls between the
// server's acceptance and the record, and then the resend is in the audit trail.
describe('notifications: meeting reminders by e-mail, once and on time', () => {
  const env = e2eEnvironment('notify');
  const advisorId = `e2e-advisor-${env.run}`;
  // Only this run's mail carries this Message-ID domain: the shared Mailpit is searched and cleaned by it.
  const domain = `${env.run}.notify.test`;
  let intake: RunningService;
  let scheduling: RunningService;
  let notifications: RunningService | undefined;
  let notificationsPort: number;
  let relay: TcpProxy;
  // The relay's "250 ... queued" (the server has the message) is held back this long.
  let holdAcceptanceMs = 0;
  // The relay's greeting is held back this long (the intent is recorded, the server has nothing yet).
  let holdGreetingMs = 0;
  let advisor: string;
  const clientSeq = { n: 0 };

  beforeAll(async () => {
    await assertMailpitReachable();
    relay = await startTcpProxy(await freePort(), MAILPIT_SMTP_PORT, '127.0.0.1', {
      delayFromTarget: (chunk) => {
        const text = chunk.toString('latin1');
        if (text.startsWith('220 ')) return holdGreetingMs;
        return /^250 .*queued/im.test(text) ? holdAcceptanceMs : 0;
      },
    });
    const [intakePort, schedulingPort] = [await freePort(), await freePort()];
    notificationsPort = await freePort();
    [intake, scheduling] = await Promise.all([
      startService({ name: 'client-intake', port: intakePort, env: env.envFor('client-intake') }),
      startService({ name: 'scheduling', port: schedulingPort, env: env.envFor('scheduling') }),
    ]);
    await startNotifications();
    advisor = await env.token('advisor', env.organisation, advisorId);
    // A fresh consumer group reads the shared topics' history first: wait for scheduling to catch
    // up once here, so the tests' own waits measure the services, not the backlog.
    await registerClient();
  }, 600_000);
  afterAll(async () => {
    await Promise.all([intake?.stop(), scheduling?.stop(), notifications?.stop()]);
    await relay?.close();
    await deleteMails((await mailsWithMessageId(domain).catch(() => [] as MailSummary[])).map((m) => m.ID));
  });

  async function startNotifications(): Promise<void> {
    notifications = await startService({
      name: 'notifications',
      port: notificationsPort,
      env: env.envFor('notifications', {
        CLIENT_INTAKE_URL: intake.baseUrl,
        SCHEDULING_URL: scheduling.baseUrl,
        SMTP_URL: `smtp://127.0.0.1:${relay.port}`,
        MAIL_MESSAGE_ID_DOMAIN: domain,
        REMINDER_POLL_INTERVAL_MS: '300',
        REMINDER_SEND_LEASE_MS: '3000',
        DEPENDENCY_TIMEOUT_MS: '20000',
        // Today's digests are due from midnight: the digest test's goes out on the next tick.
        DIGEST_HOUR: '0',
      }),
    });
  }

  async function killNotifications(): Promise<void> {
    await notifications?.stop('SIGKILL');
    notifications = undefined;
  }

  async function registerClient(overrides: Record<string, unknown> = {}): Promise<{ clientId: string; processId: string; email: string; advisorId: string; identityCode: string }> {
    const email = `asiakas-${++clientSeq.n}-${env.run}@example.test`;
    // One advisor per client: the meetings of this test overlap in time, and an advisor is never double-booked.
    const body = registrationBody(env.organisation, `Muistettava${clientSeq.n}`, 100 + clientSeq.n, { advisorId: `${advisorId}-${clientSeq.n}`, email, ...overrides });
    const registered = await api(intake.baseUrl, 'POST', '/api/v1/clients', { token: advisor, body });
    expect(registered.status).toBe(201);
    const clientId = String(registered.json.clientId);
    const identityCode = body.personalIdentityCode;
    const processId = await eventually(async () => {
      const items = (await api(scheduling.baseUrl, 'GET', `/api/v1/guidance-processes?clientId=${clientId}`, { token: advisor })).json.items as { processId: string }[];
      return items[0]?.processId;
    }, 480_000, 'the guidance process opened from Kafka');
    return { clientId, processId, email, advisorId: String(body.advisorId), identityCode };
  }

  async function book(processId: string, start: Date): Promise<string> {
    const booked = await api(scheduling.baseUrl, 'POST', `/api/v1/guidance-processes/${processId}/meetings`, { token: advisor, body: { start: start.toISOString(), durationMinutes: 45, mode: 'phone' } });
    expect(`${booked.status} ${booked.text}`).toMatch(/^201 /);
    return String(booked.json.meetingId);
  }

  async function remindersOf(clientId: string): Promise<ReminderView[]> {
    if (!notifications) return [];
    const response = await api(notifications.baseUrl, 'GET', `/api/v1/clients/${clientId}/notifications`, { token: advisor });
    return response.status === 200 ? (response.json.items as ReminderView[]) : [];
  }

  const reminderWhere = (clientId: string, test: (r: ReminderView) => boolean, what: string, timeoutMs = 90_000) =>
    eventually(async () => (await remindersOf(clientId)).find(test), timeoutMs, what);

  const mailsOf = async (reminderId: string) => mailsWithMessageId(`reminder.${reminderId}.`);

  async function reminderTrail(clientId: string): Promise<string[]> {
    const trail = await api(intake.baseUrl, 'GET', `/api/v1/clients/${clientId}/audit-trail`, { token: advisor });
    expect(trail.status).toBe(200);
    return (trail.json.entries as { category: string; type: string }[]).filter((e) => e.category === 'reminder').map((e) => e.type);
  }

  it('reminds 24 h before a meeting, in the client’s language, with a Message-ID derived from the reminder; a move moves it', async () => {
    const client = await registerClient({ preferredLanguage: 'sv' });
    const meetingId = await book(client.processId, new Date(Date.now() + DAY + 10 * 60_000));
    const planned = await reminderWhere(client.clientId, (r) => r.kind === 'meeting-reminder', 'the reminder planned from MeetingScheduled');
    expect(planned.status).toBe('pending');
    expect(Date.parse(planned.subject.start!) - Date.parse(planned.dueAt)).toBe(DAY);

    // Moved to 24 h and 15 s from now: the reminder is due in 15 s.
    const newStart = new Date(Date.now() + DAY + 15_000);
    const moved = await api(scheduling.baseUrl, 'POST', `/api/v1/guidance-processes/${client.processId}/meetings/${meetingId}/move`, { token: advisor, body: { start: newStart.toISOString() } });
    expect(moved.status).toBe(200);
    const sent = await reminderWhere(client.clientId, (r) => r.reminderId === planned.reminderId && r.status === 'sent', 'the moved reminder sent');
    expect(sent.last.messageId).toBe(`reminder.${planned.reminderId}.1@${domain}`);
    expect(Math.abs(Date.parse(sent.dueAt) - (newStart.getTime() - DAY))).toBeLessThan(1000);

    const [delivered, ...others] = await mailsOf(planned.reminderId);
    expect(others).toEqual([]);
    const message = await mail(delivered.ID);
    expect(message.MessageID).toBe(`reminder.${planned.reminderId}.1@${domain}`);
    expect(message.To.map((to) => to.Address)).toEqual([client.email]);
    expect(message.Subject).toMatch(/^Påminnelse: vägledningsmöte /);
    const helsinkiTime = new Intl.DateTimeFormat('sv-FI', { timeZone: 'Europe/Helsinki', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(newStart);
    expect(message.Text).toContain(`kl. ${helsinkiTime}`);
    expect(message.Text).toContain('Din handledare ringer dig.');

    // Every step is an event in the client's audit trail (client-intake reads every service's events).
    const trail = await reminderTrail(client.clientId);
    expect(trail).toEqual(['ReminderScheduled', 'ReminderRescheduled', 'ReminderSending', 'ReminderSent']);
  });

  it('cancels the reminder of a cancelled meeting: nothing is sent', async () => {
    const client = await registerClient();
    const meetingId = await book(client.processId, new Date(Date.now() + DAY + 20_000));
    const planned = await reminderWhere(client.clientId, (r) => r.kind === 'meeting-reminder', 'the reminder planned');
    const cancelled = await api(scheduling.baseUrl, 'POST', `/api/v1/guidance-processes/${client.processId}/meetings/${meetingId}/cancel`, { token: advisor, body: { cancelledBy: 'client', reason: 'sairastui' } });
    expect(cancelled.status).toBe(200);
    await reminderWhere(client.clientId, (r) => r.reminderId === planned.reminderId && r.status === 'cancelled', 'the reminder cancelled');
    await new Promise((resolve) => setTimeout(resolve, 22_000)); // past the moment it was due
    expect(await mailsOf(planned.reminderId)).toEqual([]);
    expect((await remindersOf(client.clientId)).find((r) => r.reminderId === planned.reminderId)?.status).toBe('cancelled');
    expect(await reminderTrail(client.clientId)).toEqual(['ReminderScheduled', 'ReminderCancelled']);
  });

  it('records a reminder on a channel the client opted out of as suppressed, and sends nothing', async () => {
    const client = await registerClient();
    await eventually(async () => ((await api(notifications!.baseUrl, 'GET', `/api/v1/clients/${client.clientId}/notification-preferences`, { token: advisor })).status === 200 ? true : undefined), 30_000, 'the client known to notifications');
    const optedOut = await api(notifications!.baseUrl, 'PATCH', `/api/v1/clients/${client.clientId}/notification-preferences`, { token: advisor, body: { optOut: ['email'] } });
    expect(optedOut.json).toEqual({ clientId: client.clientId, channels: { email: 'opted-out' } });
    await book(client.processId, new Date(Date.now() + DAY + 5_000));
    const suppressed = await reminderWhere(client.clientId, (r) => r.status === 'suppressed', 'the reminder suppressed');
    expect(suppressed.last).toMatchObject({ type: 'ReminderSuppressed', reason: 'opted-out' });
    expect(await mailsOf(suppressed.reminderId)).toEqual([]);
    const trail = await api(intake.baseUrl, 'GET', `/api/v1/clients/${client.clientId}/audit-trail`, { token: advisor });
    const types = (trail.json.entries as { type: string }[]).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['ChannelOptedOut', 'ReminderScheduled', 'ReminderSuppressed']));
  });

  it('killed after the intent, before the server has the message: exactly one mail after the restart', async () => {
    const client = await registerClient();
    holdGreetingMs = 60_000;
    await book(client.processId, new Date(Date.now() + DAY + 3_000));
    const sending = await reminderWhere(client.clientId, (r) => r.status === 'sending', 'the intent recorded');
    await killNotifications();
    holdGreetingMs = 0;
    expect(await mailsOf(sending.reminderId)).toEqual([]);
    await startNotifications();
    const sent = await reminderWhere(client.clientId, (r) => r.reminderId === sending.reminderId && r.status === 'sent', 'the resumed reminder sent');
    const mails = await mailsOf(sent.reminderId);
    expect(mails.map((m) => m.MessageID)).toEqual([`reminder.${sent.reminderId}.1@${domain}`]);
    expect(await reminderTrail(client.clientId)).toEqual(['ReminderScheduled', 'ReminderSending', 'ReminderSending', 'ReminderSent']);
  });

  it('killed between the server’s acceptance and the record: two mails with the same Message-ID, the resend in the audit trail', async () => {
    const client = await registerClient();
    holdAcceptanceMs = 60_000;
    await book(client.processId, new Date(Date.now() + DAY + 3_000));
    const planned = await reminderWhere(client.clientId, (r) => r.kind === 'meeting-reminder', 'the reminder planned');
    await eventually(async () => ((await mailsOf(planned.reminderId)).length === 1 ? true : undefined), 60_000, 'the server holding the message');
    await killNotifications();
    holdAcceptanceMs = 0;
    await startNotifications();
    await reminderWhere(client.clientId, (r) => r.reminderId === planned.reminderId && r.status === 'sent', 'the resumed reminder sent');
    const mails = await mailsOf(planned.reminderId);
    expect(mails.map((m) => m.MessageID)).toEqual([`reminder.${planned.reminderId}.1@${domain}`, `reminder.${planned.reminderId}.1@${domain}`]);
    expect(await reminderTrail(client.clientId)).toEqual(['ReminderScheduled', 'ReminderSending', 'ReminderSending', 'ReminderSent']);
  });

  it('killed again and again while reminders fall due: each exactly once, or twice with one Message-ID when its send was resumed', async () => {
    const clients = [];
    for (let i = 0; i < 6; i++) clients.push(await registerClient());
    const base = Date.now() + DAY + 15_000;
    for (const [i, client] of clients.entries()) await book(client.processId, new Date(base + i * 1_500));
    const planned = await Promise.all(clients.map((c) => reminderWhere(c.clientId, (r) => r.kind === 'meeting-reminder', 'the reminder planned')));
    const settled = async () => (await Promise.all(clients.map((c) => remindersOf(c.clientId)))).flat().filter((r) => r.status === 'sent').length === clients.length;
    for (let kills = 0; kills < 8 && !(await settled()); kills++) {
      await new Promise((resolve) => setTimeout(resolve, 1_000 + Math.floor(Math.random() * 2_500)));
      await killNotifications();
      await startNotifications();
    }
    await eventually(async () => ((await settled()) ? true : undefined), 90_000, 'every reminder sent');
    for (const [i, reminder] of planned.entries()) {
      const ids = (await mailsOf(reminder.reminderId)).map((m) => m.MessageID);
      expect(ids.length === 1 || ids.length === 2).toBe(true);
      expect(new Set(ids)).toEqual(new Set([`reminder.${reminder.reminderId}.1@${domain}`]));
      const trail = await reminderTrail(clients[i].clientId);
      expect(trail.at(-1)).toBe('ReminderSent');
      // A second copy only ever comes from a resumed intent.
      if (ids.length === 2) expect(trail.filter((type) => type === 'ReminderSending').length).toBeGreaterThanOrEqual(2);
    }
  });

  it('reminders that fell due while the service was down: sent on restart while the meeting is ahead, recorded as missed otherwise', async () => {
    const ahead = await registerClient();
    const past = await registerClient();
    await eventually(async () => ((await remindersOf(past.clientId)) ? true : undefined), 10_000, 'notifications up');
    await killNotifications();
    await book(ahead.processId, new Date(Date.now() + DAY + 2_000));
    await book(past.processId, new Date(Date.now() + 4_000));
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    await startNotifications();
    const sent = await reminderWhere(ahead.clientId, (r) => r.status === 'sent', 'the late reminder sent', 120_000);
    expect((await mailsOf(sent.reminderId)).length).toBe(1);
    const missed = await reminderWhere(past.clientId, (r) => r.status === 'missed', 'the reminder recorded as missed', 120_000);
    expect(await mailsOf(missed.reminderId)).toEqual([]);
    expect(await reminderTrail(past.clientId)).toEqual(['ReminderScheduled', 'ReminderMissed']);
  });

  it('mails an advisor the digest of their real worklist: reasons and links, no identity code, name or address of a client', async () => {
    const client = await registerClient();
    const own = await env.token('advisor', env.organisation, client.advisorId);
    const workAddress = `${client.advisorId}@keha.example`;
    const entered = await api(notifications!.baseUrl, 'PUT', '/api/v1/advisor-directory/me', { token: own, body: { email: workAddress, language: 'en', digest: true } });
    expect(entered.status).toBe(200);
    const delivered = await eventually(async () => (await mailsWithMessageId(`@${domain}`)).find((m) => m.To.some((to) => to.Address === workAddress)), 90_000, 'the digest mailed');
    const digest = await mail(delivered.ID);
    expect(digest.Subject).toMatch(/^Worklist \d{1,2} \w+ \d{4}: (1 item|([02-9]|\d\d+) items)$/);
    // The new client has no meeting booked: scheduling's worklist says so, and the digest links to the process.
    expect(digest.Text).toContain(`[${client.clientId}]`);
    expect(digest.Text).toContain(`${scheduling.baseUrl}/api/v1/guidance-processes/${client.processId}`);
    expect(digest.Text).toMatch(/No meeting booked since the process opened on \d{4}-\d{2}-\d{2}\./);
    expect(digest.Text).toContain(`${scheduling.baseUrl}/api/v1/worklists/me`);
    expect(digest.Text).not.toContain(client.identityCode);
    expect(digest.Text).not.toContain(client.email);
    expect(digest.Text).not.toContain('Muistettava');
    expect(digest.Text).not.toMatch(/\b\d{6}[-+ABCDEFUVWXY]\d{3}[0-9A-Y]\b/);
  });

  it('keeps addresses and names out of its logs', async () => {
    const { readFileSync } = await import('node:fs');
    const log = readFileSync(notifications!.logFile, 'utf8');
    expect(log).toContain('"outcome":"sent"');
    expect(log).not.toMatch(new RegExp(`asiakas-\\d+-${env.run}@example\\.test`));
    expect(log).not.toContain('Muistettava');
  });
});
