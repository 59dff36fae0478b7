import { guidanceProcessIdOf } from '@career/contracts';
import { randomUUID } from 'node:crypto';
import mongoose, { type Connection } from 'mongoose';
import { SqliteEventStore } from '@career/event-store';
import { ProjectionRunners } from '@career/projections';
import { OverdueCheckJob } from './overdue/overdue-check.job';
import { eventually, startSchedulingTestApp, type SchedulingTestApp } from './test-support/scheduling-test-app';

jest.setTimeout(90_000);

const WEEK = 7 * 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

// The read models (processes, agenda, group sessions) from the service's own streams, the
// consumer of client-intake's facts, and the overdue job, on real SQLite and FerretDB.
describe('scheduling read models, client-intake feed and overdue job', () => {
  let t: SchedulingTestApp;
  let db: Connection;
  let advisor: string;
  const advisorId = `advisor-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    t = await startSchedulingTestApp('read-models');
    advisor = await t.token('advisor', advisorId);
    db = await mongoose.createConnection(t.mongoUrl).asPromise();
  });
  afterAll(async () => {
    await db?.close();
    await t?.close();
  });

  const listFor = async (clientId: string) => (await t.api('GET', `/api/v1/guidance-processes?clientId=${clientId}`, { token: advisor })).json.items as Record<string, unknown>[];
  const getProcess = (processId: string, token = advisor) => t.api('GET', `/api/v1/guidance-processes/${processId}`, { token });

  async function clientOpenedAt(time: string): Promise<{ clientId: string; processId: string }> {
    const clientId = randomUUID();
    await t.deliver('ClientRegistered', { clientId, processNumber: 1 }, { time });
    await t.deliver('AdvisorAssigned', { clientId, advisorId }, { time });
    return { clientId, processId: guidanceProcessIdOf(clientId, 1) };
  }

  async function holdMeeting(processId: string, start: string, notes: string, location?: string): Promise<string> {
    const booked = await t.api('POST', `/api/v1/guidance-processes/${processId}/meetings`, {
      token: advisor,
      body: { start, durationMinutes: 45, mode: 'in-person', ...(location ? { location } : {}) },
    });
    expect(booked.status).toBe(201);
    const held = await t.api('POST', `/api/v1/guidance-processes/${processId}/meetings/${booked.json.meetingId}/held`, { token: advisor, body: { notes } });
    expect(held.status).toBe(200);
    return String(booked.json.meetingId);
  }

  it('opens one process per client and process number, however often the facts arrive', async () => {
    const clientId = randomUUID();
    const registration = { clientId, processNumber: 1 };
    const assignment = { clientId, advisorId };
    const registered = await t.deliver('ClientRegistered', registration);
    const assigned = await t.deliver('AdvisorAssigned', assignment);
    await t.deliver('ClientRegistered', registration, { id: registered.id });
    await t.deliver('AdvisorAssigned', assignment, { id: assigned.id });
    await t.deliver('AdvisorAssigned', { clientId, advisorId }); // a new fact, same advisor

    const processId = guidanceProcessIdOf(clientId, 1);
    const store = new SqliteEventStore({ path: t.sqlitePath });
    const events = await store.readStream(`guidanceProcess-${processId}`);
    await store.close();
    expect(events.map((e) => e.type)).toEqual(['ProcessOpened']);
    expect(events[0].metadata).toMatchObject({ clientId, organisation: t.organisation, actor: { id: 'client-intake', role: 'service' }, causationId: assigned.id });

    const explicit = await t.api('POST', '/api/v1/guidance-processes', { token: advisor, body: { clientId } });
    expect(explicit.status).toBe(409);
    expect(explicit.json.code).toBe('PROCESS.ALREADY_OPENED');

    const items = await eventually(async () => {
      const list = await listFor(clientId);
      return list.length === 1 ? list : undefined;
    }, 10_000, 'the process in the list');
    expect(items[0]).toMatchObject({ processId, clientId, advisorId, status: 'open', phase: 'initial-assessment', overdue: false });
  });

  it('shows a completed initial assessment with its direction and next due date, and keeps notes out of the read models', async () => {
    const opened = Date.now() - 3 * WEEK;
    const { clientId, processId } = await clientOpenedAt(iso(opened));
    const notes = `Muistiinpano ${randomUUID()}`;
    for (let week = 0; week < 3; week++) await holdMeeting(processId, iso(opened + week * WEEK + 3_600_000), notes, 'Kotikäynti, Kauppakatu 1');
    const completed = await t.api('POST', `/api/v1/guidance-processes/${processId}/initial-assessment/complete`, {
      token: advisor,
      body: { direction: 'licence-training', licenceCodes: ['forklift-licence', 'occupational-safety-card'], rationale: 'Varastotyö kiinnostaa' },
    });
    expect(completed.status).toBe(200);
    expect(completed.json).toMatchObject({ phase: 'follow-up', direction: { direction: 'licence-training' } });
    expect(completed.json.nextDueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const [item] = await eventually(async () => {
      const list = await listFor(clientId);
      return list[0]?.phase === 'follow-up' ? list : undefined;
    }, 10_000, 'the completed phase in the list');
    expect(item).toMatchObject({ phase: 'follow-up', nextDueDate: completed.json.nextDueDate, direction: { licenceCodes: ['forklift-licence', 'occupational-safety-card'] } });
    expect(JSON.stringify(item)).not.toContain(notes);
    expect(JSON.stringify(item)).not.toContain('Varastotyö');

    const single = await getProcess(processId);
    expect(single.headers.get('etag')).toBe(`"${single.json.revision}"`);
    const meetings = single.json.meetings as { notes?: string; location?: string; status: string }[];
    expect(meetings.map((m) => [m.status, m.notes, m.location])).toEqual(Array(3).fill(['held', notes, 'Kotikäynti, Kauppakatu 1']));
    expect((single.json.direction as { rationale?: string }).rationale).toBe('Varastotyö kiinnostaa');
    // A coordinator sees where, not what was said.
    const asCoordinator = await getProcess(processId, await t.token('coordinator'));
    expect(asCoordinator.text).not.toContain(notes);
    expect(asCoordinator.text).toContain('Kotikäynti');

    const agenda = await eventually(async () => {
      const response = await t.api('GET', `/api/v1/advisors/${advisorId}/agenda?from=${iso(opened - WEEK)}&to=${iso(Date.now() + WEEK)}`, { token: advisor });
      const items = (response.json.items as { processId: string; status: string }[]).filter((i) => i.processId === processId);
      return items.length === 3 && items.every((i) => i.status === 'held') ? items : undefined;
    }, 10_000, 'three held meetings in the agenda');
    expect(agenda).toHaveLength(3);

    for (const collection of ['guidance_processes', 'agenda_meetings']) {
      const raw = JSON.stringify(await db.collection(collection).find({}).toArray());
      expect(raw).not.toContain(notes);
      expect(raw).not.toContain('Kauppakatu');
      expect(raw).not.toContain('Varastotyö');
    }
  });

  it('announces an overdue initial assessment once, from the scheduled job, and shows it', async () => {
    const { processId } = await clientOpenedAt(iso(Date.now() - 6 * WEEK));
    const fresh = await clientOpenedAt(new Date().toISOString());
    const job = t.app.get(OverdueCheckJob);
    await eventually(async () => ((await db.collection('guidance_processes').countDocuments({ _id: { $in: [processId, fresh.processId] } as never })) === 2 ? true : undefined), 10_000, 'both processes in the read model');

    const first = await job.sweep(new Date());
    expect(first.announced).toBeGreaterThanOrEqual(1);
    const view = await getProcess(processId);
    expect(view.json).toMatchObject({ overdue: true, phase: 'initial-assessment' });
    expect((view.json.initialAssessment as { overdueAnnouncedAt?: string; week: number }).overdueAnnouncedAt).toBeDefined();
    expect((view.json.initialAssessment as { week: number }).week).toBeGreaterThanOrEqual(6);

    await eventually(async () => ((await db.collection('guidance_processes').findOne({ _id: processId as never }))?.overdueAnnouncedAt ? true : undefined), 10_000, 'the announcement in the read model');
    const again = await job.sweep(new Date());
    expect(again.announced).toBe(0);
    const store = new SqliteEventStore({ path: t.sqlitePath });
    const overdueEvents = (await store.readStream(`guidanceProcess-${processId}`)).filter((e) => e.type === 'InitialAssessmentOverdue');
    const freshEvents = await store.readStream(`guidanceProcess-${fresh.processId}`);
    await store.close();
    expect(overdueEvents).toHaveLength(1);
    expect(freshEvents.map((e) => e.type)).toEqual(['ProcessOpened']);
    expect((await getProcess(fresh.processId)).json).toMatchObject({ overdue: false, initialAssessment: { week: 1 } });
  });

  it('closes the process when the client exits (cancelling meetings ahead) and opens the next one on re-entry', async () => {
    const { clientId, processId } = await clientOpenedAt(new Date().toISOString());
    const ahead = await t.api('POST', `/api/v1/guidance-processes/${processId}/meetings`, {
      token: advisor,
      body: { start: iso(Date.now() + 2 * 86_400_000), durationMinutes: 30, mode: 'phone' },
    });
    expect(ahead.status).toBe(201);
    await t.deliver('ClientExited', { clientId, processNumber: 1, exitDate: '2026-03-01', reason: 'employed' });
    await t.deliver('ClientExited', { clientId, processNumber: 1, exitDate: '2026-03-01', reason: 'employed' });
    const closed = await getProcess(processId);
    expect(closed.json).toMatchObject({ status: 'closed', closeReason: 'client-exited' });
    expect((closed.json.meetings as { status: string }[])[0].status).toBe('cancelled');
    const refused = await t.api('POST', `/api/v1/guidance-processes/${processId}/meetings`, { token: advisor, body: { start: iso(Date.now() + 3 * 86_400_000), durationMinutes: 30, mode: 'phone' } });
    expect(refused.status).toBe(409);
    expect(refused.json.code).toBe('PROCESS.CLOSED');

    await t.deliver('ClientReentered', { clientId, processNumber: 2, entryDate: '2026-04-01', previousExitDate: '2026-03-01' });
    const second = await getProcess(guidanceProcessIdOf(clientId, 2));
    expect(second.json).toMatchObject({ status: 'open', advisorId, phase: 'initial-assessment' });
    const both = await eventually(async () => {
      const list = await listFor(clientId);
      return list.length === 2 && list.some((p) => p.status === 'closed') ? list : undefined;
    }, 10_000, 'both processes in the list');
    expect(both.map((p) => p.status).sort()).toEqual(['closed', 'open']);
  });

  it('erases notes and locations everywhere when client-intake reports the personal data destroyed', async () => {
    const opened = Date.now() - WEEK;
    const { clientId, processId } = await clientOpenedAt(iso(opened));
    await holdMeeting(processId, iso(opened + 3 * 3_600_000), 'Arkaluonteinen muistiinpano', 'Kotiosoite 5');
    expect((await getProcess(processId)).text).toContain('Arkaluonteinen');
    await t.deliver('PersonalDataDestroyed', { clientId, scope: 'all', reason: 'retention-ended', destroyedAt: new Date().toISOString() });
    const after = await getProcess(processId);
    expect(after.status).toBe(200);
    expect(after.text).not.toContain('Arkaluonteinen');
    expect(after.text).not.toContain('Kotiosoite');
    expect(after.json.personalDataErased).toBe(true);
    const agenda = await t.api('GET', `/api/v1/advisors/${advisorId}/agenda?from=${iso(opened - WEEK)}&to=${iso(Date.now() + WEEK)}`, { token: advisor });
    expect(agenda.text).not.toContain('Kotiosoite');
    const refused = await t.api('POST', `/api/v1/guidance-processes/${processId}/meetings`, {
      token: advisor,
      body: { start: iso(Date.now() + 86_400_000), durationMinutes: 30, mode: 'phone', location: 'Uusi osoite' },
    });
    expect(refused.status).toBe(409);
    expect(refused.json.code).toBe('CLIENT.PERSONAL_DATA_DESTROYED');
  });

  it('records no-shows and licence trainings; the licence number only for advisors', async () => {
    const opened = Date.now() - 2 * WEEK;
    const { processId } = await clientOpenedAt(iso(opened));
    const booked = await t.api('POST', `/api/v1/guidance-processes/${processId}/meetings`, { token: advisor, body: { start: iso(opened + 5 * 3_600_000), durationMinutes: 30, mode: 'phone' } });
    const noShow = await t.api('POST', `/api/v1/guidance-processes/${processId}/meetings/${booked.json.meetingId}/no-show`, { token: advisor });
    expect(noShow.status).toBe(200);
    expect((noShow.json.meetings as { status: string }[])[0].status).toBe('no-show');

    const unknown = await t.api('POST', `/api/v1/guidance-processes/${processId}/training-referrals`, { token: advisor, body: { licenceCode: 'pilot-licence' } });
    expect(unknown.status).toBe(400);
    expect(unknown.json.code).toBe('CATALOGUE.UNKNOWN_LICENCE');
    const coordinator = await t.token('coordinator');
    const referred = await t.api('POST', `/api/v1/guidance-processes/${processId}/training-referrals`, { token: coordinator, body: { licenceCode: 'hygiene-passport', provider: 'Koulutus Oy' } });
    expect(referred.status).toBe(201);
    const completed = await t.api('POST', `/api/v1/guidance-processes/${processId}/training-referrals/${referred.json.referralId}/completion`, {
      token: coordinator,
      body: { passed: true, licenceIdentifier: 'HP-123456', validUntil: '2099-12-31' },
    });
    expect(completed.status).toBe(200);
    expect(completed.text).not.toContain('HP-123456');
    const asAdvisor = await getProcess(processId);
    expect((asAdvisor.json.referrals as Record<string, unknown>[])[0]).toMatchObject({ licenceCode: 'hygiene-passport', licenceIdentifier: 'HP-123456', completion: { passed: true, validUntil: '2099-12-31' } });
    expect((await getProcess(processId, coordinator)).text).not.toContain('HP-123456');
    const twice = await t.api('POST', `/api/v1/guidance-processes/${processId}/training-referrals/${referred.json.referralId}/completion`, { token: coordinator, body: { passed: false } });
    expect(twice.status).toBe(409);
  });

  it('runs group sessions: capacity, waiting list that advances, attendance, and the list by time range', async () => {
    const coordinator = await t.token('coordinator');
    const [a, b] = [randomUUID(), randomUUID()];
    for (const clientId of [a, b]) await t.deliver('ClientRegistered', { clientId, processNumber: 1 });
    const start = new Date(Date.now() + 2_500);
    const created = await t.api('POST', '/api/v1/group-sessions', {
      token: coordinator,
      body: { title: 'Osaamisen tunnistaminen', topic: 'skills', start: start.toISOString(), durationMinutes: 90, place: 'Työllisyyspalvelut, sali 2', capacity: 1 },
    });
    expect(created.status).toBe(201);
    const sessionId = String(created.json.sessionId);
    const enrol = (clientId: string, waitlistIfFull?: boolean) =>
      t.api('POST', `/api/v1/group-sessions/${sessionId}/participants`, { token: advisor, body: { clientId, ...(waitlistIfFull !== undefined ? { waitlistIfFull } : {}) } });
    expect((await enrol(a)).json).toMatchObject({ status: 'enrolled' });
    const full = await enrol(b);
    expect(full.status).toBe(409);
    expect(full.json.code).toBe('SESSION.FULL');
    expect((await enrol(b, true)).json).toMatchObject({ status: 'waitlisted', position: 1 });
    const unknownClient = await enrol(randomUUID());
    expect(unknownClient.status).toBe(404);
    const withdrawn = await t.api('POST', `/api/v1/group-sessions/${sessionId}/participants/${a}/withdraw`, { token: advisor, body: { withdrawnBy: 'client' } });
    expect(withdrawn.json).toMatchObject({ advanced: [b] });

    const listed = await eventually(async () => {
      const response = await t.api('GET', `/api/v1/group-sessions?from=${iso(Date.now() - 3_600_000)}&to=${iso(Date.now() + 86_400_000)}`, { token: advisor });
      const item = (response.json.items as { sessionId: string; roster: string[] }[]).find((s) => s.sessionId === sessionId);
      return item?.roster.length === 1 && item.roster[0] === b ? item : undefined;
    }, 10_000, 'the session with its roster');
    expect(listed).toMatchObject({ capacity: 1, seatsLeft: 0, waitingList: [], title: 'Osaamisen tunnistaminen' });

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, start.getTime() - Date.now() + 100)));
    const attendance = await t.api('POST', `/api/v1/group-sessions/${sessionId}/attendance`, { token: coordinator, body: { attendance: [{ clientId: b, attended: true }] } });
    expect(attendance.status).toBe(200);
    const single = await t.api('GET', `/api/v1/group-sessions/${sessionId}`, { token: advisor });
    expect(single.json).toMatchObject({ roster: [b], attendance: { [b]: true } });
    const other = await t.api('GET', `/api/v1/group-sessions/${sessionId}`, { token: await t.token('advisor', 'x', `${t.organisation}X`) });
    expect(other.status).toBe(404);
  });

  it('rebuilds every read model from the event store to the same documents', async () => {
    const runners = t.app.get(ProjectionRunners);
    const projections = [
      { name: 'guidance-processes', category: 'guidanceProcess' },
      { name: 'agenda', category: 'guidanceProcess' },
      { name: 'group-sessions', category: 'groupSession' },
    ];
    const snapshot = async () => {
      const out: Record<string, unknown[]> = {};
      for (const name of ['guidance_processes', 'agenda_meetings', 'group_sessions']) {
        out[name] = await db.collection(name).find({}).sort({ _id: 1 }).toArray();
      }
      return JSON.stringify(out);
    };
    // Let the live runners catch up first, then compare a rebuild with them.
    const store = new SqliteEventStore({ path: t.sqlitePath });
    const headOf = async (category: string) => (await store.readAll({ categories: [category] })).at(-1)?.globalPosition ?? 0;
    const heads = await Promise.all(projections.map(({ category }) => headOf(category)));
    await store.close();
    const atHead = () => projections.every(({ name }, i) => (runners.get(name).health().checkpoint ?? -1) >= heads[i]);
    await eventually(async () => (atHead() ? true : undefined), 10_000, 'runners at the head');
    expect(projections.map(({ name }) => runners.get(name).name)).toEqual(['scheduling.guidance-processes', 'scheduling.agenda', 'scheduling.group-sessions']);
    const before = await snapshot();
    for (const { name } of projections) await runners.rebuild(name);
    expect(await snapshot()).toBe(before);
  });

  it('refuses other organisations, wrong roles and bad input without storing anything', async () => {
    const { processId } = await clientOpenedAt(new Date().toISOString());
    const store = new SqliteEventStore({ path: t.sqlitePath });
    // The process's career plan starts right after it (the lifecycle subscriber): count from then on.
    await eventually(async () => ((await store.readStream(`careerPlan-${processId}`)).length === 1 ? true : undefined), 10_000, 'the plan started');
    const before = (await store.readAll()).length;
    const stranger = await t.token('advisor', advisorId, `${t.organisation}X`);
    expect((await getProcess(processId, stranger)).status).toBe(404);
    const foreignBooking = await t.api('POST', `/api/v1/guidance-processes/${processId}/meetings`, { token: stranger, body: { start: '2027-05-04T10:00:00+03:00', durationMinutes: 60, mode: 'video' } });
    expect(foreignBooking.status).toBe(404);
    // Another organisation's process is missing, whatever revision the caller names: no 412 confirms it exists.
    const foreignStale = await t.api('POST', `/api/v1/guidance-processes/${processId}/meetings`, { token: stranger, headers: { 'if-match': '"7"' }, body: { start: '2027-05-04T10:00:00+03:00', durationMinutes: 60, mode: 'video' } });
    expect(foreignStale.status).toBe(404);
    const reporter = await t.api('GET', `/api/v1/guidance-processes/${processId}`, { token: await t.token('reporter') });
    expect(reporter.status).toBe(403);
    const bad = await t.api('POST', `/api/v1/guidance-processes/${processId}/meetings`, { token: advisor, body: { start: '2027-05-04 10:00', durationMinutes: 0, mode: 'carrier-pigeon' } });
    expect(bad.status).toBe(400);
    expect((bad.json.errors as { field: string }[]).map((e) => e.field).sort()).toEqual(['durationMinutes', 'mode', 'start']);
    const stale = await t.api('POST', `/api/v1/guidance-processes/${processId}/meetings`, { token: advisor, headers: { 'if-match': '"7"' }, body: { start: '2027-05-04T10:00:00+03:00', durationMinutes: 60, mode: 'video' } });
    expect(stale.status).toBe(412);
    const malformed = await t.api('POST', `/api/v1/guidance-processes/${processId}/meetings`, { token: advisor, headers: { 'if-match': '7' }, body: { start: '2027-05-04T10:00:00+03:00', durationMinutes: 60, mode: 'video' } });
    expect(malformed.status).toBe(400);
    expect((malformed.json.errors as { field: string }[]).map((e) => e.field)).toEqual(['If-Match']);
    const noSuchDay = await t.api('POST', `/api/v1/guidance-processes/${processId}/meetings`, { token: advisor, body: { start: '2027-02-30T10:00:00+02:00', durationMinutes: 60, mode: 'video' } });
    expect(noSuchDay.status).toBe(400);
    expect(noSuchDay.json.code).toBe('MEETING.INVALID_START');
    const badRange = await t.api('GET', `/api/v1/advisors/${advisorId}/agenda?from=2027-05-10&to=2027-05-01`, { token: advisor });
    expect(badRange.status).toBe(400);
    expect((await store.readAll()).length).toBe(before);
    await store.close();
  });

  it('takes If-Match: * as any current revision, and answers with the new revision as ETag', async () => {
    const { processId } = await clientOpenedAt(new Date().toISOString());
    const booked = await t.api('POST', `/api/v1/guidance-processes/${processId}/meetings`, { token: advisor, headers: { 'if-match': '*' }, body: { start: '2027-06-01T10:00:00+03:00', durationMinutes: 60, mode: 'video' } });
    expect(booked.status).toBe(201);
    expect(booked.headers.get('etag')).toBe('"1"');
    const moved = await t.api('POST', `/api/v1/guidance-processes/${processId}/meetings/${booked.json.meetingId}/move`, {
      token: advisor,
      headers: { 'if-match': 'W/"1"' },
      body: { start: '2027-06-01T12:00:00+03:00' },
    });
    expect(moved.status).toBe(200);
    expect(moved.headers.get('etag')).toBe('"2"');
  });
});
