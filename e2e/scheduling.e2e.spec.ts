import { topicOf, validateIntegrationEvent } from '@career/contracts';
import { eventually, freePort, startService, type RunningService } from '@career/testing';
import { api, e2eEnvironment, registrationBody } from './support/e2e-environment';
import { parseCalendar } from './support/icalendar';
import { captureTopic } from './support/kafka-capture';

jest.setTimeout(240_000);

const DAY = 86_400_000;
const WEEK = 7 * DAY;
const helsinkiDate = (instant: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(instant);

// Issue #4 end to end, with the services as separate OS processes: a client registered with an
// advisor in client-intake -> Kafka -> a guidance process opened in scheduling -> three weekly
// meetings held -> direction -> follow-up due date; calendars parsed back with ical.js; what
// scheduling publishes is valid and carries no notes; exiting in client-intake closes the process.
describe('scheduling: from registration to the follow-up phase', () => {
  const env = e2eEnvironment('scheduling');
  const advisorId = `e2e-advisor-${env.run}`;
  const notes = `Muistiinpano-${env.run}`;
  const rationale = `Perustelu-${env.run}`;
  let intake: RunningService;
  let scheduling: RunningService;
  let advisor: string;
  let clientId: string;
  let processId: string;
  const heldMeetings: string[] = [];
  let followUpMeetingId: string;

  beforeAll(async () => {
    [intake, scheduling] = await Promise.all([
      startService({ name: 'client-intake', port: await freePort(), env: env.envFor('client-intake') }),
      startService({ name: 'scheduling', port: await freePort(), env: env.envFor('scheduling') }),
    ]);
    advisor = await env.token('advisor', env.organisation, advisorId);
  });
  afterAll(async () => {
    await Promise.all([intake?.stop(), scheduling?.stop()]);
  });

  const sched = (method: string, route: string, body?: unknown, headers?: Record<string, string>) => api(scheduling.baseUrl, method, route, { token: advisor, body, headers });

  it('opens a guidance process when client-intake registers a client with an advisor', async () => {
    const registered = await api(intake.baseUrl, 'POST', '/api/v1/clients', { token: advisor, body: registrationBody(env.organisation, 'Ajanvaraaja', undefined, { advisorId }) });
    expect(registered.status).toBe(201);
    clientId = String(registered.json.clientId);

    const [process] = await eventually(async () => {
      const list = await sched('GET', `/api/v1/guidance-processes?clientId=${clientId}`);
      const items = list.json.items as Record<string, unknown>[];
      return items.length === 1 ? items : undefined;
    }, 30_000, 'the process opened from Kafka');
    expect(process).toMatchObject({ clientId, advisorId, organisation: env.organisation, status: 'open', phase: 'initial-assessment', overdue: false, initialAssessment: { week: 1, meetingsHeld: 0 } });
    processId = String(process.processId);
  });

  it('holds three weekly meetings (one per week), refusing a second in a week and an early completion', async () => {
    const now = Date.now();
    // Exactly a week apart, so always three different Helsinki ISO weeks; already started, so they can be marked held.
    const starts = [3, 2, 1].map((weeksAgo) => new Date(now - weeksAgo * WEEK - 3_600_000).toISOString());
    for (const [i, start] of starts.entries()) {
      const booked = await sched('POST', `/api/v1/guidance-processes/${processId}/meetings`, { start, durationMinutes: 60, mode: 'in-person', location: 'Työllisyyspalvelut, huone 3' });
      expect(booked.status).toBe(201);
      const meetingId = String(booked.json.meetingId);
      if (i === 0) {
        const sameWeek = await sched('POST', `/api/v1/guidance-processes/${processId}/meetings`, { start: new Date(Date.parse(start) + 2 * 3_600_000).toISOString(), durationMinutes: 30, mode: 'phone' });
        expect(sameWeek.status).toBe(409);
        expect(sameWeek.json.code).toBe('PROCESS.ONE_MEETING_PER_WEEK');
      }
      const held = await sched('POST', `/api/v1/guidance-processes/${processId}/meetings/${meetingId}/held`, { notes: `${notes} #${i + 1}` });
      expect(held.status).toBe(200);
      heldMeetings.push(meetingId);
      if (i === 1) {
        const early = await sched('POST', `/api/v1/guidance-processes/${processId}/initial-assessment/complete`, { direction: 'group-guidance', rationale });
        expect(early.status).toBe(409);
        expect(early.json.code).toBe('PROCESS.TOO_FEW_MEETINGS');
      }
    }
  });

  it('directs the client at completion and shows the follow-up due date', async () => {
    const before = await sched('GET', `/api/v1/guidance-processes/${processId}`);
    const completed = await sched(
      'POST',
      `/api/v1/guidance-processes/${processId}/initial-assessment/complete`,
      { direction: 'licence-training', licenceCodes: ['forklift-licence', 'occupational-safety-card'], rationale },
      { 'if-match': String(before.headers.get('etag')) },
    );
    expect(completed.status).toBe(200);
    const dueDate = helsinkiDate(new Date(Date.now() + 2 * WEEK));
    expect(completed.json).toMatchObject({ phase: 'follow-up', nextDueDate: dueDate, direction: { direction: 'licence-training', licenceCodes: ['forklift-licence', 'occupational-safety-card'] } });

    const view = await sched('GET', `/api/v1/guidance-processes/${processId}`);
    expect(view.json).toMatchObject({ phase: 'follow-up', nextDueDate: dueDate, overdue: false, initialAssessment: { meetingsHeld: 3 }, direction: { rationale } });
    expect((view.json.meetings as { notes?: string }[]).map((m) => m.notes)).toEqual([`${notes} #1`, `${notes} #2`, `${notes} #3`]);
    expect(view.headers.get('etag')).toBe(`"${view.json.revision}"`);

    // A follow-up meeting on the due date moves the due date two weeks on; a second regular one
    // inside those two weeks is refused unless marked extra with a reason.
    const dueStart = `${dueDate}T10:00:00+02:00`;
    const followUp = await sched('POST', `/api/v1/guidance-processes/${processId}/meetings`, { start: dueStart, durationMinutes: 45, mode: 'video' });
    expect(followUp.status).toBe(201);
    followUpMeetingId = String(followUp.json.meetingId);
    const after = await sched('GET', `/api/v1/guidance-processes/${processId}`);
    expect(after.json.nextDueDate).toBe(helsinkiDate(new Date(Date.parse(dueStart) + 2 * WEEK)));
    const tooSoon = { start: new Date(Date.parse(dueStart) + DAY).toISOString(), durationMinutes: 30, mode: 'phone' };
    const refused = await sched('POST', `/api/v1/guidance-processes/${processId}/meetings`, tooSoon);
    expect(refused.status).toBe(409);
    expect(refused.json.code).toBe('PROCESS.FOLLOW_UP_CADENCE');
    const extra = await sched('POST', `/api/v1/guidance-processes/${processId}/meetings`, { ...tooSoon, extra: { reason: 'työhaastatteluun valmistautuminen' } });
    expect(extra.status).toBe(201);
  });

  it('serves the advisor’s agenda and the client’s meetings as iCalendar that ical.js reads back, without notes', async () => {
    const from = helsinkiDate(new Date(Date.now() - 4 * WEEK));
    const to = helsinkiDate(new Date(Date.now() + 6 * WEEK));
    const agendaIcs = await eventually(async () => {
      const response = await sched('GET', `/api/v1/advisors/${advisorId}/agenda.ics?from=${from}&to=${to}`);
      return response.status === 200 && (response.text.match(/BEGIN:VEVENT/g) ?? []).length === 5 ? response : undefined;
    }, 20_000, 'five meetings in the agenda');
    expect(agendaIcs.headers.get('content-type')).toMatch(/^text\/calendar/);
    const agenda = parseCalendar(agendaIcs.text);
    expect(agenda.timezones).toEqual(['Europe/Helsinki']);
    expect(agenda.events).toHaveLength(5);
    for (const event of agenda.events) {
      expect(event.uid).toMatch(/^[0-9a-f-]{36}@/);
      expect(event.properties).toEqual(expect.arrayContaining(['uid', 'dtstamp', 'dtstart', 'dtend', 'summary']));
      expect(Date.parse(event.end) - Date.parse(event.start)).toBeGreaterThan(0);
    }
    expect(agenda.events.filter((e) => e.startTzid === 'Europe/Helsinki').length).toBeGreaterThanOrEqual(4);
    expect(agenda.events.map((e) => e.uid.slice(0, 36))).toEqual(expect.arrayContaining([...heldMeetings, followUpMeetingId]));
    expect(agenda.events.find((e) => e.uid.startsWith(heldMeetings[0]))?.location).toBe('Työllisyyspalvelut, huone 3');
    expect(agendaIcs.text).not.toContain(notes);
    expect(agendaIcs.text).not.toContain('työhaastatteluun');
    expect(agendaIcs.text).not.toContain('Ajanvaraaja');

    const byAccept = await sched('GET', `/api/v1/advisors/${advisorId}/agenda?from=${from}&to=${to}`, undefined, { accept: 'text/calendar' });
    expect(byAccept.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(parseCalendar(byAccept.text).events).toHaveLength(5);
    const asJson = await sched('GET', `/api/v1/advisors/${advisorId}/agenda?from=${from}&to=${to}`);
    expect((asJson.json.items as { status: string }[]).map((i) => i.status).sort()).toEqual(['held', 'held', 'held', 'scheduled', 'scheduled']);
    expect(asJson.text).not.toContain(notes);

    const own = await sched('GET', `/api/v1/guidance-processes/${processId}/meetings.ics`);
    expect(own.status).toBe(200);
    const calendar = parseCalendar(own.text);
    expect(calendar.events.map((e) => e.start).sort()).toEqual(agenda.events.map((e) => e.start).sort());
    expect(own.text).not.toContain(notes);
    expect(own.text).not.toContain(rationale);
  });

  it('publishes what happened on career.scheduling.events.v1, valid and keyed by the client, without notes', async () => {
    const capture = await captureTopic({ brokers: env.kafkaBrokers, topic: topicOf('scheduling'), keys: [clientId], run: env.run });
    try {
      const types = await eventually(async () => {
        const seen = capture.messages.map((m) => m.event.type);
        return seen.includes('InitialAssessmentCompleted') && seen.filter((t) => t === 'MeetingScheduled').length === 5 ? seen : undefined;
      }, 30_000, 'the scheduling events on Kafka');
      expect(types.filter((t) => t === 'MeetingHeld')).toHaveLength(3);
      expect(types).toContain('ProcessOpened');
      for (const { event, raw } of capture.messages) {
        expect(validateIntegrationEvent(event.type, event.version, event.data).valid).toBe(true);
        expect(event.subject).toBe(clientId);
        expect(raw).not.toContain(notes);
        expect(raw).not.toContain(rationale);
        expect(raw).not.toContain('Työllisyyspalvelut');
        expect(raw).not.toContain('työhaastatteluun');
      }
      const completed = capture.messages.find((m) => m.event.type === 'InitialAssessmentCompleted');
      expect(completed?.event.data).toMatchObject({ processId, direction: 'licence-training', meetingsHeld: 3, nextDueDate: helsinkiDate(new Date(Date.now() + 2 * WEEK)) });
    } finally {
      await capture.stop();
    }
  });

  it('closes the process (cancelling the meetings ahead) when the client exits in client-intake', async () => {
    const exited = await api(intake.baseUrl, 'POST', `/api/v1/clients/${clientId}/exit`, { token: advisor, body: { exitDate: helsinkiDate(new Date()), reason: 'employed' } });
    expect(exited.status).toBe(200);
    const closed = await eventually(async () => {
      const view = await sched('GET', `/api/v1/guidance-processes/${processId}`);
      return view.json.status === 'closed' ? view : undefined;
    }, 30_000, 'the process closed from Kafka');
    expect(closed.json).toMatchObject({ closeReason: 'client-exited' });
    const statuses = Object.fromEntries((closed.json.meetings as { meetingId: string; status: string }[]).map((m) => [m.meetingId, m.status]));
    expect(statuses[followUpMeetingId]).toBe('cancelled');
    expect(heldMeetings.map((id) => statuses[id])).toEqual(['held', 'held', 'held']);
    const own = parseCalendar((await sched('GET', `/api/v1/guidance-processes/${processId}/meetings.ics`)).text);
    expect(own.events.find((e) => e.uid.startsWith(followUpMeetingId))).toMatchObject({ status: 'CANCELLED', sequence: 1 });
  });
});
