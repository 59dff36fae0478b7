import { guidanceProcessIdOf } from '@career/contracts';
import { randomUUID } from 'node:crypto';
import { overlaps } from '../../guidance-process/domain/time-slot';
import { startSchedulingTestApp, type SchedulingTestApp } from '../../test-support/scheduling-test-app';

jest.setTimeout(60_000);

// An advisor's meetings live in many process streams; the booking guard (lease in
// advisor_slots + agenda read model) must let exactly one of several concurrent, overlapping
// bookings through, over real HTTP, SQLite and FerretDB.
describe('advisor double booking under concurrent requests', () => {
  let t: SchedulingTestApp;
  let advisorToken: string;
  const advisorId = `advisor-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    t = await startSchedulingTestApp('double-booking');
    advisorToken = await t.token('advisor', advisorId);
  });
  afterAll(async () => {
    await t?.close();
  });

  /** A client of this advisor with an open process (as client-intake's facts would open it). */
  async function processForNewClient(): Promise<string> {
    const clientId = randomUUID();
    await t.deliver('ClientRegistered', { clientId, processNumber: 1 });
    await t.deliver('AdvisorAssigned', { clientId, advisorId });
    return guidanceProcessIdOf(clientId, 1);
  }

  const book = (processId: string, start: string, durationMinutes = 60) =>
    t.api('POST', `/api/v1/guidance-processes/${processId}/meetings`, { token: advisorToken, body: { start, durationMinutes, mode: 'in-person' } });

  it('lets exactly one of eight identical concurrent bookings through (201), refusing the others with 409', async () => {
    const processes = await Promise.all(Array.from({ length: 8 }, () => processForNewClient()));
    const responses = await Promise.all(processes.map((id) => book(id, '2027-03-02T10:00:00+02:00')));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
    for (const refused of responses.filter((r) => r.status === 409)) {
      expect(refused.json.code).toBe('ADVISOR.DOUBLE_BOOKED');
      expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
    }
  });

  it('keeps the booked meetings pairwise disjoint when staggered overlapping requests race', async () => {
    const processes = await Promise.all(Array.from({ length: 6 }, () => processForNewClient()));
    // 09:00, 09:30, ... 11:30 for an hour each on another day: neighbours overlap.
    const slots = processes.map((_, i) => new Date(Date.parse('2027-03-09T07:00:00Z') + i * 30 * 60_000).toISOString());
    const responses = await Promise.all(processes.map((id, i) => book(id, slots[i])));
    const booked = slots.filter((_, i) => responses[i].status === 201).map((start) => ({ start, durationMinutes: 60 }));
    expect(responses.every((r) => r.status === 201 || (r.status === 409 && r.json.code === 'ADVISOR.DOUBLE_BOOKED'))).toBe(true);
    expect(booked.length).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < booked.length; i++) {
      for (let j = i + 1; j < booked.length; j++) expect(overlaps(booked[i], booked[j])).toBe(false);
    }
    const agenda = await t.api('GET', `/api/v1/advisors/${advisorId}/agenda?from=2027-03-09&to=2027-03-10`, { token: advisorToken });
    expect(agenda.status).toBe(200);
    const items = agenda.json.items as { start: string; status: string }[];
    expect(items.map((i) => i.start).sort()).toEqual(booked.map((b) => b.start).sort());
  });

  it('allows back-to-back meetings and frees the time when a meeting is cancelled', async () => {
    const [first, second, third] = await Promise.all([processForNewClient(), processForNewClient(), processForNewClient()]);
    const booked = await book(first, '2027-03-16T10:00:00+02:00');
    expect(booked.status).toBe(201);
    expect((await book(second, '2027-03-16T11:00:00+02:00')).status).toBe(201);
    expect((await book(third, '2027-03-16T10:30:00+02:00')).status).toBe(409);

    const cancelled = await t.api('POST', `/api/v1/guidance-processes/${first}/meetings/${booked.json.meetingId}/cancel`, {
      token: advisorToken,
      body: { cancelledBy: 'client', reason: 'sairastui' },
    });
    expect(cancelled.status).toBe(200);
    // The cancellation reaches the agenda read model shortly; then the time is free again.
    let retried = await book(third, '2027-03-16T09:30:00+02:00');
    for (let i = 0; retried.status === 409 && i < 50; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      retried = await book(third, '2027-03-16T09:30:00+02:00');
    }
    expect(retried.status).toBe(201);
  });

  it('refuses moving a meeting onto another one of the advisor, but allows moving it within its own time', async () => {
    const [a, b] = await Promise.all([processForNewClient(), processForNewClient()]);
    const meetingA = await book(a, '2027-03-23T10:00:00+02:00');
    const meetingB = await book(b, '2027-03-23T12:00:00+02:00');
    expect([meetingA.status, meetingB.status]).toEqual([201, 201]);
    const onto = await t.api('POST', `/api/v1/guidance-processes/${b}/meetings/${meetingB.json.meetingId}/move`, {
      token: advisorToken,
      body: { start: '2027-03-23T10:30:00+02:00' },
    });
    expect(onto.status).toBe(409);
    expect(onto.json.code).toBe('ADVISOR.DOUBLE_BOOKED');
    const within = await t.api('POST', `/api/v1/guidance-processes/${a}/meetings/${meetingA.json.meetingId}/move`, {
      token: advisorToken,
      body: { start: '2027-03-23T10:15:00+02:00', movedBy: 'client', reason: 'bussi myöhässä' },
    });
    expect(within.status).toBe(200);
  });

  it('does not hold another advisor’s bookings against this one', async () => {
    const otherAdvisor = `advisor-${randomUUID().slice(0, 8)}`;
    const clientId = randomUUID();
    await t.deliver('ClientRegistered', { clientId, processNumber: 1, advisorId: otherAdvisor });
    const response = await t.api('POST', `/api/v1/guidance-processes/${guidanceProcessIdOf(clientId, 1)}/meetings`, {
      token: await t.token('advisor', otherAdvisor),
      body: { start: '2027-03-02T10:00:00+02:00', durationMinutes: 60, mode: 'video' },
    });
    expect(response.status).toBe(201);
  });
});
