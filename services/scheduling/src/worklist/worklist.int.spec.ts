import { randomUUID } from 'node:crypto';
import { addDays } from '@career/calendar';
import { guidanceProcessIdOf } from '@career/contracts';
import { SqliteEventStore } from '@career/event-store';
import type { Model } from 'mongoose';
import { planDeadlinesProjection } from './read-models/plan-deadlines.projection';
import { WORKLIST_FACTS_MODEL, type WorklistFactsDocument } from './read-models/worklist-facts.schema';
import { eventually, startSchedulingTestApp, type SchedulingTestApp } from '../test-support/scheduling-test-app';

jest.setTimeout(60_000);

const DAY = 86_400_000;
const helsinkiDate = (instant: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(instant);

interface Row {
  reason: { code: string; text: string };
  dueDate: string;
  overdue: boolean;
  clientId?: string;
  processId?: string;
  advisorId?: string;
  sessionId?: string;
  links: { self: string };
}

// Worklists over the real read models (SQLite event store, FerretDB): processes from scheduling's
// own streams, exit and outcome facts as the Kafka consumers deliver them, group sessions.
describe('worklists', () => {
  let t: SchedulingTestApp;
  let advisor: string;
  let otherAdvisor: string;
  const advisorId = `adv-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    t = await startSchedulingTestApp('worklist');
    advisor = await t.token('advisor', advisorId);
    otherAdvisor = await t.token('advisor', `${advisorId}-other`);
  });
  afterAll(async () => t?.close());

  async function clientOpenedAt(time: string, advisor = advisorId): Promise<{ clientId: string; processId: string }> {
    const clientId = randomUUID();
    await t.deliver('ClientRegistered', { clientId, processNumber: 1, advisorId: advisor }, { time });
    return { clientId, processId: guidanceProcessIdOf(clientId, 1) };
  }

  const worklist = async (route: string, token = advisor) => {
    const response = await t.api('GET', route, { token });
    expect(response.status).toBe(200);
    return response.json as { total: number; items: Row[]; days: number; limit: number; offset: number };
  };

  it('lists the advisor’s own clients by urgency, each row saying why and linking to the process', async () => {
    const overdue = await clientOpenedAt(new Date(Date.now() - 6 * 7 * DAY).toISOString());
    const fresh = await clientOpenedAt(new Date(Date.now() - DAY).toISOString());
    const booked = await t.api('POST', `/api/v1/guidance-processes/${fresh.processId}/meetings`, {
      token: advisor,
      body: { start: new Date(Date.now() + 2 * DAY).toISOString(), durationMinutes: 45, mode: 'phone' },
    });
    expect(booked.status).toBe(201);
    await clientOpenedAt(new Date(Date.now() - 6 * 7 * DAY).toISOString(), `${advisorId}-other`);

    const mine = await eventually(async () => {
      const list = await worklist('/api/v1/worklists/me');
      return list.items.some((row) => row.processId === overdue.processId) && !list.items.some((row) => row.processId === fresh.processId && row.reason.code === 'no-next-meeting') ? list : undefined;
    }, 20_000, 'the processes projected');
    // No meeting since the opening six weeks ago is older than the overdue date (Monday of week 6): it comes first.
    expect(mine.items.map((row) => [row.clientId, row.reason.code])).toEqual([
      [overdue.clientId, 'no-next-meeting'],
      [overdue.clientId, 'initial-assessment-overdue'],
    ]);
    expect(mine.items[1]).toMatchObject({ overdue: true, advisorId, links: { self: `/api/v1/guidance-processes/${overdue.processId}` } });
    expect(mine.items[1].reason.text).toMatch(/^Initial assessment overdue since \d{4}-\d{2}-\d{2}: past week 5, 0 of the 3 meetings needed held\.$/);
    expect(mine.items[0].dueDate <= mine.items[1].dueDate).toBe(true);
    expect((await worklist('/api/v1/worklists/me', otherAdvisor)).items.every((row) => row.advisorId === `${advisorId}-other`)).toBe(true);
  });

  it('lists after-exit duties from other services’ facts until they are recorded', async () => {
    const exitDate = helsinkiDate(new Date(Date.now() - 30 * DAY));
    const client = await clientOpenedAt(new Date(Date.now() - 90 * DAY).toISOString());
    await t.deliver('ClientExited', { clientId: client.clientId, processNumber: 1, exitDate, reason: 'employed' });
    const missing = await eventually(async () => (await worklist('/api/v1/worklists/me?reason=exit-outcome-missing')).items.find((row) => row.clientId === client.clientId), 10_000, 'the outcome missing');
    expect(missing).toMatchObject({ processId: client.processId, overdue: true });
    expect(missing.reason.text).toContain(`the client left on ${exitDate}`);

    const fact = { clientId: client.clientId, processId: client.processId, exitDate, status: 'employed', source: 'client', correction: false, recordedAt: new Date().toISOString() };
    const delivered = await t.deliver('OutcomeRecorded', fact, { producer: 'outcomes-reporting' });
    await t.deliver('OutcomeRecorded', fact, { producer: 'outcomes-reporting', id: delivered.id }); // redelivered: harmless
    expect((await worklist('/api/v1/worklists/me?reason=exit-outcome-missing')).items.filter((row) => row.clientId === client.clientId)).toEqual([]);
    // Closed, no meetings ahead: the process itself is off the list too.
    expect((await worklist('/api/v1/worklists/me')).items.filter((row) => row.clientId === client.clientId)).toEqual([]);
  });

  it('lists a client’s overdue plan steps as one row linking to the plan, from the plan’s own events, without the steps’ titles', async () => {
    const client = await clientOpenedAt(new Date(Date.now() - 30 * DAY).toISOString());
    const plan = `/api/v1/guidance-processes/${client.processId}/career-plan`;
    await eventually(async () => ((await t.api('GET', plan, { token: advisor })).status === 200 ? true : undefined), 10_000, 'the plan opened with the process');
    const today = helsinkiDate(new Date());
    const goal = await t.api('POST', `${plan}/goals`, { token: advisor, body: { kind: 'employment', what: { label: 'Puutarhuri' }, targetDate: addDays(today, 60) } });
    expect(goal.status).toBe(201);
    const step = async (title: string, owner: string, dueDate: string) => {
      const added = await t.api('POST', `${plan}/steps`, { token: advisor, body: { goalId: goal.json.goalId, title, owner, dueDate } });
      expect(added.status).toBe(201);
      return String(added.json.stepId);
    };
    const earliest = addDays(today, -20);
    const first = await step('Soita Rinteen Puutarhalle', 'client', earliest);
    await step('Kysy suosittelijaa', 'advisor', addDays(today, -3));
    await step('Hae kolmeen paikkaan', 'client', addDays(today, 10));

    const row = await eventually(async () => {
      const list = await worklist('/api/v1/worklists/me?reason=plan-step-overdue');
      return list.items.find((r) => r.processId === client.processId && r.reason.text.startsWith('2 '));
    }, 20_000, 'the plan steps projected');
    expect(row).toEqual({
      reason: { code: 'plan-step-overdue', text: `2 career plan steps are overdue (1 the client’s, 1 the advisor’s), the earliest due on ${earliest}.` },
      dueDate: earliest,
      overdue: true,
      clientId: client.clientId,
      processId: client.processId,
      advisorId,
      links: { self: plan },
    });
    const coordinator = await t.token('coordinator', 'coord-plan');
    expect((await worklist('/api/v1/worklists/organisation?reason=plan-step-overdue', coordinator)).items.find((r) => r.processId === client.processId)).toEqual(row);

    // The row in worklist_facts holds ids, dates and owners: no title, in plain text or otherwise.
    const facts = t.app.get<Model<WorklistFactsDocument>>(WORKLIST_FACTS_MODEL);
    const stored = await facts.findById(client.processId).lean();
    expect(stored).toMatchObject({ clientId: client.clientId, organisation: t.organisation, deadlines: { [first]: { reason: 'plan-step-overdue', dueDate: earliest, owner: 'client' } } });
    expect(Object.keys(stored?.deadlines ?? {})).toHaveLength(3);
    expect(JSON.stringify(stored)).not.toMatch(/Rinteen|suosittelijaa|kolmeen|title/);

    // Done: off the list (and out of the row); the other one is still overdue.
    expect((await t.api('POST', `${plan}/steps/${first}/done`, { token: advisor })).status).toBeLessThan(300);
    const after = await eventually(async () => {
      const list = await worklist('/api/v1/worklists/me?reason=plan-step-overdue');
      const mine = list.items.find((r) => r.processId === client.processId);
      return mine && !mine.reason.text.startsWith('2 ') ? mine : undefined;
    }, 20_000, 'the done step projected');
    expect(after.reason.text).toBe(`A career plan step (the advisor’s) was due on ${addDays(today, -3)} and is not done.`);
    expect((await facts.findById(client.processId).lean())?.deadlines?.[first]).toBeUndefined();

    // A replay (a crash before the checkpoint) of the step's addition changes nothing.
    const store = new SqliteEventStore({ path: t.sqlitePath });
    const events = await store.readStream(`careerPlan-${client.processId}`);
    await store.close();
    const addition = events.find((e) => e.type === 'CareerStepAdded' && (e.data as { stepId: string }).stepId === first)!;
    await planDeadlinesProjection(facts).apply(addition);
    expect((await facts.findById(client.processId).lean())?.deadlines?.[first]).toBeUndefined();
  });

  it('gives the coordinator the whole organisation with group sessions, paged, and refuses bad paging naming the field', async () => {
    const coordinator = await t.token('coordinator', 'coord-1');
    const scheduled = await t.api('POST', '/api/v1/group-sessions', {
      token: coordinator,
      body: { title: 'Omat vahvuudet', topic: 'osaamisen tunnistaminen', start: new Date(Date.now() + 3 * DAY).toISOString(), durationMinutes: 120, place: 'Sali 2', capacity: 8 },
    });
    expect(scheduled.status).toBe(201);
    const sessionId = String(scheduled.json.sessionId);
    const organisation = await eventually(async () => {
      const list = await worklist('/api/v1/worklists/organisation', coordinator);
      return list.items.some((row) => row.sessionId === sessionId) ? list : undefined;
    }, 20_000, 'the session projected');
    const session = organisation.items.find((row) => row.sessionId === sessionId)!;
    expect(session).toMatchObject({ reason: { code: 'session-free-places', text: expect.stringContaining('8 of 8 places free') }, links: { self: `/api/v1/group-sessions/${sessionId}` } });
    expect(new Set(organisation.items.filter((row) => row.advisorId).map((row) => row.advisorId))).toEqual(new Set([advisorId, `${advisorId}-other`]));
    const dates = organisation.items.map((row) => row.dueDate);
    expect(dates).toEqual([...dates].sort());

    const second = await worklist('/api/v1/worklists/organisation?limit=1&offset=1', coordinator);
    expect(second).toMatchObject({ total: organisation.total, limit: 1, offset: 1, items: [organisation.items[1]] });

    const bad = await t.api('GET', '/api/v1/worklists/organisation?days=400', { token: coordinator });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('days');
    const badPage = await t.api('GET', '/api/v1/worklists/organisation?limit=0&offset=1000001', { token: coordinator });
    expect(badPage.status).toBe(400);
    expect(badPage.text).toMatch(/limit.*offset|offset.*limit/s);
    expect((await t.api('GET', '/api/v1/worklists/organisation', { token: advisor })).status).toBe(403);
  });
});
