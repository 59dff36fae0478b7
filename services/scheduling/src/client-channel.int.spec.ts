import { guidanceProcessIdOf } from '@career/contracts';
import { randomUUID } from 'node:crypto';
import { identityCode, parseCalendar } from '@career/testing';
import { eventually, startSchedulingTestApp, type SchedulingTestApp } from './test-support/scheduling-test-app';

jest.setTimeout(90_000);

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

// The client's own channel in scheduling, on real SQLite and FerretDB: the person (a `client`
// token, resolved by a stand-in for client-intake) sees their own meetings, with the place to
// go, as JSON and iCalendar, and their own group sessions; never an advisor's note or reason,
// never another participant.
describe('/api/v1/me/meetings and /api/v1/me/group-sessions', () => {
  let t: SchedulingTestApp;
  let advisor: string;
  const advisorId = `advisor-${randomUUID().slice(0, 8)}`;
  const [a, b] = [randomUUID(), randomUUID()];
  let me: string;
  let them: string;
  let moved: string;
  let held: string;

  beforeAll(async () => {
    t = await startSchedulingTestApp('client-channel');
    advisor = await t.token('advisor', advisorId);
    const openedAt = iso(Date.now() - 7 * DAY);
    for (const clientId of [a, b]) {
      await t.deliver('ClientRegistered', { clientId, processNumber: 1 }, { time: openedAt });
      await t.deliver('AdvisorAssigned', { clientId, advisorId }, { time: openedAt });
    }
    t.people.register(t.organisation, identityCode(651), a);
    t.people.register(t.organisation, identityCode(652), b);
    me = await t.clientToken(identityCode(651));
    them = await t.clientToken(identityCode(652));

    const processId = guidanceProcessIdOf(a, 1);
    const book = async (start: number, location?: string) => {
      const booked = await t.api('POST', `/api/v1/guidance-processes/${processId}/meetings`, {
        token: advisor,
        body: { start: iso(start), durationMinutes: 45, mode: 'in-person', ...(location ? { location } : {}) },
      });
      expect(booked.status).toBe(201);
      return String(booked.json.meetingId);
    };
    held = await book(Date.parse(openedAt) + 3 * 3_600_000, 'Työllisyyspalvelut, huone 3');
    expect((await t.api('POST', `/api/v1/guidance-processes/${processId}/meetings/${held}/held`, { token: advisor, body: { notes: 'Salainen muistiinpano' } })).status).toBe(200);
    moved = await book(Date.now() + 2 * DAY, 'Työllisyyspalvelut, huone 5');
    const move = await t.api('POST', `/api/v1/guidance-processes/${processId}/meetings/${moved}/move`, {
      token: advisor,
      body: { start: iso(Date.now() + 9 * DAY), durationMinutes: 60, reason: 'Neuvojan oma syy siirrolle' },
    });
    expect(move.status).toBe(200);
  });
  afterAll(async () => t?.close());

  it('shows the client their own meetings with the place to go, and none of the advisor’s notes or reasons', async () => {
    const mine = await t.api('GET', '/api/v1/me/meetings', { token: me });
    expect(mine.status).toBe(200);
    expect(mine.json.clientId).toBe(a);
    expect(mine.json.processes).toEqual([expect.objectContaining({ processId: guidanceProcessIdOf(a, 1), status: 'open', advisorId })]);
    const meetings = mine.json.meetings as { meetingId: string; status: string; location?: string; history: { change: string }[] }[];
    expect(meetings.map((m) => [m.meetingId, m.status, m.location])).toEqual([
      [held, 'held', 'Työllisyyspalvelut, huone 3'],
      [moved, 'scheduled', 'Työllisyyspalvelut, huone 5'],
    ]);
    expect(meetings[1].history.map((h) => h.change)).toEqual(['scheduled', 'moved']);
    expect(mine.text).not.toContain('Salainen');
    expect(mine.text).not.toContain('Neuvojan');
    expect(mine.text).not.toContain(b);
  });

  it('gives the same meetings as an iCalendar a parser reads: the moved one keeps its UID with SEQUENCE 1, no notes', async () => {
    const ics = await t.api('GET', '/api/v1/me/meetings.ics', { token: me });
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toMatch(/^text\/calendar/);
    const calendar = parseCalendar(ics.text);
    expect(calendar.events.map((e) => [e.uid, e.sequence, e.location])).toEqual([
      [`${held}@scheduling.career.ely.fi`, 0, 'Työllisyyspalvelut, huone 3'],
      [`${moved}@scheduling.career.ely.fi`, 1, 'Työllisyyspalvelut, huone 5'],
    ]);
    expect(Date.parse(calendar.events[1].end) - Date.parse(calendar.events[1].start)).toBe(60 * 60_000);
    expect(ics.text).not.toContain('Salainen');
    expect(ics.text).not.toContain('Neuvojan');
  });

  it('shows another person only their own: nothing of the first client', async () => {
    const theirs = await t.api('GET', '/api/v1/me/meetings', { token: them });
    expect(theirs.status).toBe(200);
    expect(theirs.json).toMatchObject({ clientId: b, meetings: [] });
    expect(theirs.text).not.toContain(a);
    expect(parseCalendar((await t.api('GET', '/api/v1/me/meetings.ics', { token: them })).text).events).toEqual([]);
  });

  it('lists the client’s own group sessions with their own place only, never the roster', async () => {
    const coordinator = await t.token('coordinator');
    const created = await t.api('POST', '/api/v1/group-sessions', {
      token: coordinator,
      body: { title: 'Osaamisen tunnistaminen', topic: 'skills', start: iso(Date.now() + 3 * DAY), durationMinutes: 90, place: 'Sali 2', capacity: 1 },
    });
    const sessionId = String(created.json.sessionId);
    const enrol = (clientId: string) => t.api('POST', `/api/v1/group-sessions/${sessionId}/participants`, { token: advisor, body: { clientId, waitlistIfFull: true } });
    expect((await enrol(a)).json).toMatchObject({ status: 'enrolled' });
    expect((await enrol(b)).json).toMatchObject({ status: 'waitlisted', position: 1 });
    const mine = await eventually(async () => {
      const response = await t.api('GET', '/api/v1/me/group-sessions', { token: me });
      return (response.json.items as unknown[] | undefined)?.length === 1 ? response : undefined;
    }, 10_000, 'the session in the read model');
    expect(mine.json.items).toEqual([expect.objectContaining({ sessionId, title: 'Osaamisen tunnistaminen', place: 'Sali 2', status: 'enrolled' })]);
    expect(mine.text).not.toContain(b);
    expect(mine.text).not.toContain('roster');
    const theirs = await eventually(async () => {
      const response = await t.api('GET', '/api/v1/me/group-sessions', { token: them });
      return (response.json.items as unknown[] | undefined)?.length === 1 ? response : undefined;
    }, 10_000, 'the waiting list in the read model');
    expect(theirs.json.items).toEqual([expect.objectContaining({ sessionId, status: 'waitlisted', position: 1 })]);
    expect(theirs.text).not.toContain(a);
  });

  it('answers 403 to a client token on staff routes and 404 to a person with no record', async () => {
    const processId = guidanceProcessIdOf(a, 1);
    expect((await t.api('GET', `/api/v1/guidance-processes/${processId}`, { token: me })).status).toBe(403);
    expect((await t.api('GET', `/api/v1/guidance-processes/${processId}/meetings.ics`, { token: me })).status).toBe(403);
    expect((await t.api('GET', '/api/v1/group-sessions', { token: me })).status).toBe(403);
    expect((await t.api('GET', '/api/v1/me/meetings', { token: await t.clientToken(identityCode(653)) })).status).toBe(404);
    expect((await t.api('GET', '/api/v1/me/meetings', { token: advisor })).status).toBe(403);
  });
});
