import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { addDays, helsinkiDate } from '@career/calendar';
import { guidanceProcessIdOf } from '@career/contracts';
import { SqliteEventStore } from '@career/event-store';
import { identityCode } from '@career/testing';
import { eventually, startSchedulingTestApp, type SchedulingTestApp } from '../test-support/scheduling-test-app';

jest.setTimeout(90_000);

const DAY = 86_400_000;
const today = () => helsinkiDate(new Date());
const inDays = (days: number) => addDays(today(), days);

/** The event store's files as stored (database, WAL), for "no plaintext at rest" checks. */
function storedBytes(sqlitePath: string): string {
  const dir = path.dirname(sqlitePath);
  return readdirSync(dir)
    .filter((file) => file.startsWith(path.basename(sqlitePath)))
    .map((file) => readFileSync(path.join(dir, file)).toString('latin1'))
    .join('');
}
const asStored = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

// The career plan over HTTP on the real servers (SQLite file, FerretDB): staff and client
// channels, the organisation and person boundaries, encryption at rest, and the plan's life
// following its process (docs/domain.md#the-career-plan).
describe('career plan over HTTP', () => {
  let t: SchedulingTestApp;
  let advisor: string;
  let coordinator: string;
  const advisorId = `advisor-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    t = await startSchedulingTestApp('career-plan');
    advisor = await t.token('advisor', advisorId);
    coordinator = await t.token('coordinator');
  });
  afterAll(async () => t?.close());

  const planPath = (processId: string) => `/api/v1/guidance-processes/${processId}/career-plan`;

  /** A registered client with an advisor: scheduling opens the process, and the plan with it. */
  async function openedClient(openedAt = new Date(Date.now() - DAY).toISOString()): Promise<{ clientId: string; processId: string }> {
    const clientId = randomUUID();
    await t.deliver('ClientRegistered', { clientId, processNumber: 1 }, { time: openedAt });
    await t.deliver('AdvisorAssigned', { clientId, advisorId }, { time: openedAt });
    const processId = guidanceProcessIdOf(clientId, 1);
    await eventually(async () => ((await t.api('GET', planPath(processId), { token: advisor })).status === 200 ? true : undefined), 10_000, 'the plan opened with the process');
    return { clientId, processId };
  }

  /** A person with their own record and token. */
  async function signedIn(clientId: string, individualNumber: number): Promise<string> {
    const code = identityCode(individualNumber);
    t.people.register(t.organisation, code, clientId);
    return t.clientToken(code);
  }

  const post = (route: string, token: string, body: unknown = {}, headers: Record<string, string> = {}) => t.api('POST', route, { token, body, headers });

  it('opens the plan with the process, empty, beginning the day the process opened', async () => {
    const openedAt = new Date(Date.now() - 3 * DAY);
    const { clientId, processId } = await openedClient(openedAt.toISOString());
    const plan = await t.api('GET', planPath(processId), { token: advisor });
    expect(plan.json).toMatchObject({
      planId: processId,
      processId,
      clientId,
      status: 'open',
      startedOn: helsinkiDate(openedAt),
      draft: { version: 1, agreed: false, confirmedAt: {}, goals: [] },
      agreedVersions: [],
      reviews: [],
    });
    expect(plan.headers.get('etag')).toBe(`"${plan.json.revision}"`);
    const store = new SqliteEventStore({ path: t.sqlitePath });
    const events = await store.readStream(`careerPlan-${processId}`);
    await store.close();
    expect(events.map((e) => e.type)).toEqual(['CareerPlanStarted']);
    expect(events[0].metadata).toMatchObject({ clientId, organisation: t.organisation, actor: { id: 'career-plan-lifecycle', role: 'system' } });
  });

  it('drafts, agrees and revises a plan between the advisor and the client, each version kept as agreed', async () => {
    const { clientId, processId } = await openedClient();
    const client = await signedIn(clientId, 301);
    const label = `Trukinkuljettaja ${randomUUID().slice(0, 6)}`;

    const goal = await post(`${planPath(processId)}/goals`, advisor, {
      kind: 'employment',
      what: { label, escoUri: 'http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755' },
      targetDate: inDays(180),
    });
    expect(goal.status).toBe(201);
    const goalId = String(goal.json.goalId);
    expect(goal.json).toMatchObject({ planId: processId, draft: { version: 1, agreed: false } });
    expect(goal.text).not.toContain(label);
    const advisorStep = await post(`${planPath(processId)}/steps`, advisor, { goalId, title: 'Varaa trukkikorttikoulutus', owner: 'advisor', dueDate: inDays(14) });
    const clientStep = await post(`${planPath(processId)}/steps`, advisor, {
      goalId,
      title: 'Päivitä CV',
      owner: 'client',
      dueDate: inDays(21),
      link: { kind: 'document', id: randomUUID() },
    });
    expect([advisorStep.status, clientStep.status]).toEqual([201, 201]);

    // The client reads their own plan, adds a step of their own and marks one done.
    const mine = await t.api('GET', '/api/v1/me/career-plan', { token: client });
    expect(mine.status).toBe(200);
    expect(mine.json).toMatchObject({ planId: processId, draft: { version: 1 } });
    const goals = mine.json.draft as { goals: { what: { label: string }; steps: { title: string; owner: string }[] }[] };
    expect(goals.goals[0].what.label).toBe(label);
    expect(goals.goals[0].steps.map((s) => [s.title, s.owner])).toEqual([['Varaa trukkikorttikoulutus', 'advisor'], ['Päivitä CV', 'client']]);
    const own = await post('/api/v1/me/career-plan/steps', client, { goalId, title: 'Käy työnhakuvalmennuksessa', dueDate: inDays(30) });
    expect(own.status).toBe(201);
    const done = await post(`/api/v1/me/career-plan/steps/${clientStep.json.stepId}/done`, client);
    expect(done.status).toBe(200);
    const notMine = await post(`/api/v1/me/career-plan/steps/${advisorStep.json.stepId}/done`, client);
    expect([notMine.status, notMine.json.code]).toEqual([409, 'PLAN.NOT_CLIENTS_STEP']);

    // Confirming needs the ETag of what was read; both sides confirm the same draft.
    const unconditional = await post('/api/v1/me/career-plan/confirmations', client, { version: 1 });
    expect(unconditional.status).toBe(428);
    const stale = await post('/api/v1/me/career-plan/confirmations', client, { version: 1 }, { 'if-match': mine.headers.get('etag') ?? '' });
    expect(stale.status).toBe(412);
    const reread = await t.api('GET', '/api/v1/me/career-plan', { token: client });
    const byClient = await post('/api/v1/me/career-plan/confirmations', client, { version: 1 }, { 'if-match': reread.headers.get('etag') ?? '' });
    expect(byClient.status).toBe(200);
    expect(byClient.json).toMatchObject({ draft: { version: 1, agreed: false } });
    expect(Object.keys(byClient.json.draft as object)).toContain('confirmedAt');
    const asAdvisor = await t.api('GET', planPath(processId), { token: advisor });
    const byAdvisor = await post(`${planPath(processId)}/confirmations`, advisor, { version: 1 }, { 'if-match': asAdvisor.headers.get('etag') ?? '' });
    expect(byAdvisor.status).toBe(200);
    expect(byAdvisor.json).toMatchObject({ draft: { version: 1, agreed: true }, agreedVersion: 1 });

    // Every client action is recorded with the client as its actor.
    const store = new SqliteEventStore({ path: t.sqlitePath });
    const events = await store.readStream(`careerPlan-${processId}`);
    await store.close();
    const clientActions = events.filter((e) => e.metadata.actor.role === 'client').map((e) => e.type);
    expect(clientActions).toEqual(['CareerStepAdded', 'CareerStepDone', 'CareerPlanVersionConfirmed']);
    expect(events.map((e) => e.type).slice(-2)).toEqual(['CareerPlanVersionConfirmed', 'CareerPlanAgreed']);

    // A change after the agreement starts version 2; version 1 stays exactly as agreed.
    const achieved = await post(`${planPath(processId)}/goals/${goalId}/achieved`, advisor);
    expect(achieved.json).toMatchObject({ draft: { version: 2, agreed: false }, agreedVersion: 1 });
    const current = await t.api('GET', planPath(processId), { token: advisor });
    expect(current.json).toMatchObject({ draft: { version: 2, agreed: false, confirmedAt: {} }, agreedVersions: [{ version: 1, goalKinds: ['employment'] }] });
    const v1 = await t.api('GET', `${planPath(processId)}/versions/1`, { token: coordinator });
    expect(v1.status).toBe(200);
    expect(v1.json).toMatchObject({ planId: processId, version: 1, goals: [{ goalId, status: 'active', what: { label } }] });
    const v1Steps = (v1.json.goals as { steps: { status: string }[] }[])[0].steps.map((s) => s.status);
    expect(v1Steps).toEqual(['open', 'done', 'open']);
    const ownV1 = await t.api('GET', '/api/v1/me/career-plan/versions/1', { token: client });
    expect(ownV1.json).toEqual(v1.json);
    expect((await t.api('GET', `${planPath(processId)}/versions/2`, { token: advisor })).json.code).toBe('PLAN.VERSION_NOT_FOUND');
  });

  it('refuses by rule with 409 and bad input with 400 naming the field, changing nothing', async () => {
    const { processId } = await openedClient();
    const before = await t.api('GET', planPath(processId), { token: advisor });

    const noGoalAgreement = await post(`${planPath(processId)}/confirmations`, advisor, { version: 1 }, { 'if-match': before.headers.get('etag') ?? '' });
    expect([noGoalAgreement.status, noGoalAgreement.json.code]).toEqual([409, 'PLAN.NO_GOAL']);
    const stepWithoutGoal = await post(`${planPath(processId)}/steps`, advisor, { title: 'Jotain', owner: 'client', dueDate: inDays(5) });
    expect([stepWithoutGoal.status, stepWithoutGoal.json.code]).toEqual([409, 'PLAN.STEP_WITHOUT_GOAL']);
    const unknownGoal = await post(`${planPath(processId)}/steps`, advisor, { goalId: randomUUID(), title: 'Jotain', owner: 'client', dueDate: inDays(5) });
    expect(unknownGoal.json.code).toBe('PLAN.STEP_WITHOUT_GOAL');
    const early = await post(`${planPath(processId)}/goals`, advisor, { kind: 'study', what: { label: 'Logistiikka' }, targetDate: inDays(-30) });
    expect([early.status, early.json.code, early.json.details]).toEqual([409, 'PLAN.DATE_BEFORE_START', expect.objectContaining({ field: 'targetDate' })]);

    const badDate = await post(`${planPath(processId)}/goals`, advisor, { kind: 'study', what: { label: 'Logistiikka' }, targetDate: '2027-02-30' });
    expect(badDate.status).toBe(400);
    expect(badDate.json.errors).toEqual([{ field: 'targetDate', reason: 'must be a calendar date YYYY-MM-DD' }]);
    const badKind = await post(`${planPath(processId)}/goals`, advisor, { kind: 'lottery', what: { label: 'x', escoUri: 'not-esco' }, targetDate: inDays(9) });
    expect(badKind.status).toBe(400);
    expect((badKind.json.errors as { field: string }[]).map((e) => e.field).sort()).toEqual(['kind', 'what.escoUri']);
    const badOwner = await post(`${planPath(processId)}/steps`, advisor, { goalId: randomUUID(), title: 'x', owner: 'someone', dueDate: inDays(3) });
    expect((badOwner.json.errors as { field: string }[]).map((e) => e.field)).toEqual(['owner']);
    const badIfMatch = await post(`${planPath(processId)}/goals`, advisor, { kind: 'study', what: { label: 'x' }, targetDate: inDays(9) }, { 'if-match': '3' });
    expect(badIfMatch.json.errors).toEqual([{ field: 'If-Match', reason: expect.any(String) }]);

    const after = await t.api('GET', planPath(processId), { token: advisor });
    expect(after.json.revision).toBe(before.json.revision);
  });

  it('keeps the plan inside its organisation and each person to their own plan', async () => {
    const { clientId, processId } = await openedClient();
    const other = await openedClient();
    const mine = await signedIn(clientId, 302);
    const theirs = await signedIn(other.clientId, 303);
    const secret = `Oma tavoite ${randomUUID().slice(0, 6)}`;
    const goal = await post(`${planPath(processId)}/goals`, advisor, { kind: 'own-business', what: { label: secret }, targetDate: inDays(90) });
    const step = await post(`${planPath(processId)}/steps`, advisor, { goalId: goal.json.goalId, title: 'Tee liiketoimintasuunnitelma', owner: 'client', dueDate: inDays(30) });

    const elsewhere = await t.token('advisor', 'advisor-x', `${t.organisation}X`);
    for (const route of [planPath(processId), `${planPath(processId)}/versions/1`]) {
      const answer = await t.api('GET', route, { token: elsewhere });
      expect([answer.status, answer.json.code]).toEqual([404, 'PLAN.NOT_FOUND']);
    }
    const foreignChange = await post(`${planPath(processId)}/goals`, elsewhere, { kind: 'other', what: { label: 'x' }, targetDate: inDays(9) }, { 'if-match': '"999"' });
    expect([foreignChange.status, foreignChange.json.code]).toEqual([404, 'PLAN.NOT_FOUND']);

    // Another person sees their own plan, never this one, and cannot reach this one's steps.
    const theirView = await t.api('GET', '/api/v1/me/career-plan', { token: theirs });
    expect(theirView.json).toMatchObject({ planId: other.processId, clientId: other.clientId });
    expect(theirView.text).not.toContain(secret);
    const reach = await post(`/api/v1/me/career-plan/steps/${step.json.stepId}/done`, theirs);
    expect([reach.status, reach.json.code]).toEqual([404, 'PLAN.STEP_NOT_FOUND']);
    expect((await t.api('GET', '/api/v1/me/career-plan', { token: mine })).text).toContain(secret);

    // A person with no record here, the same person in another organisation, and a client on staff routes.
    const stranger = await t.clientToken(identityCode(304));
    expect((await t.api('GET', '/api/v1/me/career-plan', { token: stranger })).status).toBe(404);
    const sameCodeElsewhere = await t.clientToken(identityCode(302), `${t.organisation}X`);
    expect((await t.api('GET', '/api/v1/me/career-plan', { token: sameCodeElsewhere })).status).toBe(404);
    expect((await t.api('GET', planPath(processId), { token: mine })).status).toBe(403);
    expect((await t.api('GET', '/api/v1/me/career-plan', { token: advisor })).status).toBe(403);
  });

  it('records reviews at the process’s meetings with notes encrypted at rest and shown to advisors only', async () => {
    const { clientId, processId } = await openedClient();
    const client = await signedIn(clientId, 305);
    const label = `Puuseppä ${randomUUID().slice(0, 6)}`;
    const title = `Hae oppisopimuspaikkaa ${randomUUID().slice(0, 6)}`;
    const notes = `Asiakas on edennyt hyvin ${randomUUID()}`;
    const goal = await post(`${planPath(processId)}/goals`, advisor, { kind: 'study', what: { label }, targetDate: inDays(120) });
    const step = await post(`${planPath(processId)}/steps`, advisor, { goalId: goal.json.goalId, title, owner: 'client', dueDate: inDays(20) });
    const meeting = await t.api('POST', `/api/v1/guidance-processes/${processId}/meetings`, {
      token: advisor,
      body: { start: new Date(Date.now() - 3_600_000).toISOString(), durationMinutes: 45, mode: 'in-person' },
    });
    expect(meeting.status).toBe(201);

    const unknownMeeting = await post(`${planPath(processId)}/reviews`, advisor, { meetingId: randomUUID(), progress: [], notes });
    expect([unknownMeeting.status, unknownMeeting.json.code]).toEqual([404, 'MEETING.NOT_FOUND']);
    const review = await post(`${planPath(processId)}/reviews`, advisor, { meetingId: meeting.json.meetingId, progress: [{ stepId: step.json.stepId, progress: 'in-progress' }], notes });
    expect(review.status).toBe(201);
    expect(review.json).toMatchObject({ reviewId: expect.any(String), draft: { version: 1 } });

    const asAdvisor = await t.api('GET', planPath(processId), { token: advisor });
    expect(asAdvisor.json.reviews).toEqual([{ reviewId: review.json.reviewId, meetingId: meeting.json.meetingId, reviewedAt: expect.any(String), progress: [{ stepId: step.json.stepId, progress: 'in-progress' }], notes }]);
    for (const token of [coordinator, client]) {
      const route = token === client ? '/api/v1/me/career-plan' : planPath(processId);
      const view = await t.api('GET', route, { token });
      expect(view.text).not.toContain(notes);
      expect(view.json.reviews).toEqual([expect.objectContaining({ progress: [{ stepId: step.json.stepId, progress: 'in-progress' }] })]);
    }

    const stored = storedBytes(t.sqlitePath);
    for (const text of [label, title, notes]) expect(stored).not.toContain(asStored(text));
    const store = new SqliteEventStore({ path: t.sqlitePath });
    const events = await store.readStream(`careerPlan-${processId}`);
    await store.close();
    const reviewed = events.find((e) => e.type === 'CareerPlanReviewed');
    expect((reviewed?.data as { notes: unknown }).notes).toMatchObject({ $enc: expect.any(String) });
    expect((events.find((e) => e.type === 'CareerGoalSet')?.data as { what: unknown }).what).toMatchObject({ $enc: expect.any(String) });
    expect((events.find((e) => e.type === 'CareerStepAdded')?.data as { title: unknown }).title).toMatchObject({ $enc: expect.any(String) });
  });

  it('serves document generation one agreed version, to a service of the plan’s organisation only', async () => {
    const { clientId, processId } = await openedClient();
    const client = await signedIn(clientId, 306);
    const goal = await post(`${planPath(processId)}/goals`, advisor, { kind: 'employment', what: { label: 'Varastotyöntekijä' }, targetDate: inDays(60) });
    await post(`${planPath(processId)}/steps`, advisor, { goalId: goal.json.goalId, title: 'Hae kolmeen paikkaan', owner: 'client', dueDate: inDays(10) });
    const read = await t.api('GET', planPath(processId), { token: advisor });
    await post(`${planPath(processId)}/confirmations`, advisor, { version: 1 }, { 'if-match': read.headers.get('etag') ?? '' });
    const agreed = await post('/api/v1/me/career-plan/confirmations', client, { version: 1 }, { 'if-match': `"${Number(read.json.revision) + 1}"` });
    expect(agreed.json).toMatchObject({ draft: { agreed: true } });

    const service = await t.token('service', 'document-generation');
    const version = await t.api('GET', `/internal/v1/career-plans/${processId}/versions/1`, { token: service });
    expect(version.status).toBe(200);
    expect(version.json).toMatchObject({ planId: processId, clientId, organisation: t.organisation, version: 1, revision: agreed.json.revision });
    expect(version.headers.get('etag')).toBe(`"${agreed.json.revision}"`);
    expect(JSON.stringify(version.json)).toContain('Hae kolmeen paikkaan');
    const foreign = await t.api('GET', `/internal/v1/career-plans/${processId}/versions/1`, { token: await t.token('service', 'document-generation', `${t.organisation}X`) });
    expect(foreign.status).toBe(404);
    expect((await t.api('GET', `/internal/v1/career-plans/${processId}/versions/2`, { token: service })).status).toBe(404);
    expect((await t.api('GET', `/internal/v1/career-plans/${processId}/versions/1`, { token: advisor })).status).toBe(403);
  });

  it('closes the plan when the process closes: no change after that, the plan still readable', async () => {
    const { clientId, processId } = await openedClient();
    const client = await signedIn(clientId, 307);
    const goal = await post(`${planPath(processId)}/goals`, advisor, { kind: 'other', what: { label: 'Arjen hallinta' }, targetDate: inDays(30) });
    expect(goal.status).toBe(201);

    await t.deliver('ClientExited', { clientId, processNumber: 1 });
    const closed = await eventually(async () => {
      const plan = await t.api('GET', planPath(processId), { token: advisor });
      return plan.json.status === 'closed' ? plan : undefined;
    }, 10_000, 'the plan closed with the process');
    expect(closed.json.closedAt).toEqual(expect.any(String));

    const change = await post(`${planPath(processId)}/goals`, advisor, { kind: 'other', what: { label: 'x' }, targetDate: inDays(30) });
    expect([change.status, change.json.code]).toEqual([409, 'PLAN.CLOSED']);
    const own = await post('/api/v1/me/career-plan/steps', client, { goalId: goal.json.goalId, title: 'x', dueDate: inDays(3) });
    expect([own.status, own.json.code]).toEqual([409, 'PLAN.CLOSED']);
    expect((await t.api('GET', '/api/v1/me/career-plan', { token: client })).json).toMatchObject({ status: 'closed' });

    const store = new SqliteEventStore({ path: t.sqlitePath });
    const events = await store.readStream(`careerPlan-${processId}`);
    await store.close();
    expect(events.filter((e) => e.type === 'CareerPlanClosed')).toHaveLength(1);
  });
});
