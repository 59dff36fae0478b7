import { topicOf, validateIntegrationEvent } from '@career/contracts';
import { eventually, freePort, identityCode, startService, type RunningService } from '@career/testing';
import { download, readPdf } from './support/document-inspection';
import { api, e2eEnvironment, registrationBody } from './support/e2e-environment';
import { captureTopic } from './support/kafka-capture';
import { helsinkiToday } from './support/report-files';

// Generous on purpose: a fresh consumer group reads the shared local topics' whole history before
// this run's facts (README, Known limits); on a machine shared by several runs that took 17
// minutes once. The flow itself takes seconds.
jest.setTimeout(1_600_000);

const DAY = 86_400_000;
const inDays = (days: number) => helsinkiToday(new Date(Date.now() + days * DAY));

// The career plan end to end, with the services as separate OS processes
// (docs/domain.md#the-career-plan): client-intake registers the client -> Kafka -> scheduling
// opens the process and its plan -> the advisor drafts goals and steps -> the client, signed in
// with their own token, reads the plan, adds a step, marks one done and confirms -> the advisor
// confirms -> CareerPlanAgreed on Kafka without personal data -> document-generation renders the
// agreed version as a PDF, read back by pdf.js. Another person's token sees none of it.
describe('career plan: drafted by the advisor, agreed with the client, rendered as a document', () => {
  const env = e2eEnvironment('career-plan');
  const advisorId = `e2e-advisor-${env.run}`;
  const lastName = 'Suunnittelija';
  const registration = registrationBody(env.organisation, lastName, 701, { advisorId });
  const otherRegistration = registrationBody(env.organisation, 'Toinen', 702, { advisorId });
  const goalLabel = `Trukinkuljettaja kylmävarastoon ${env.run}`;
  const advisorStepTitle = `Varaa trukkikorttikoulutus ${env.run}`;
  const clientStepTitle = `Päivitä osaamispohjainen CV ${env.run}`;
  const ownStepTitle = `Hae kolmeen varastotyöpaikkaan ${env.run}`;
  let intake: RunningService;
  let scheduling: RunningService;
  let documents: RunningService;
  let capture: Awaited<ReturnType<typeof captureTopic>>;
  let advisor: string;
  let client: string;
  let clientId: string;
  let processId: string;
  let goalId: string;
  let clientStepId: string;
  let advisorStepId: string;

  beforeAll(async () => {
    const [intakePort, schedulingPort, documentsPort] = [await freePort(), await freePort(), await freePort()];
    const intakeUrl = `http://127.0.0.1:${intakePort}`;
    [intake, scheduling, documents] = await Promise.all([
      startService({ name: 'client-intake', port: intakePort, env: env.envFor('client-intake') }),
      startService({ name: 'scheduling', port: schedulingPort, env: env.envFor('scheduling', { CLIENT_INTAKE_URL: intakeUrl }) }),
      startService({
        name: 'document-generation',
        port: documentsPort,
        env: env.envFor('document-generation', { CLIENT_INTAKE_URL: intakeUrl, SCHEDULING_URL: `http://127.0.0.1:${schedulingPort}` }),
      }),
    ]);
    advisor = await env.token('advisor', env.organisation, advisorId);
    client = await env.clientToken(registration.personalIdentityCode);
  });
  afterAll(async () => {
    await capture?.stop();
    await Promise.all([intake?.stop(), scheduling?.stop(), documents?.stop()]);
  });

  const plan = () => `/api/v1/guidance-processes/${processId}/career-plan`;
  const asAdvisor = (method: string, route: string, body?: unknown, headers?: Record<string, string>) => api(scheduling.baseUrl, method, route, { token: advisor, body, headers });
  const asClient = (method: string, route: string, body?: unknown, headers?: Record<string, string>, token = client) => api(scheduling.baseUrl, method, route, { token, body, headers });

  it('opens the client’s plan with the guidance process when client-intake registers them', async () => {
    const registered = await api(intake.baseUrl, 'POST', '/api/v1/clients', { token: advisor, body: registration });
    expect(registered.status).toBe(201);
    clientId = String(registered.json.clientId);
    capture = await captureTopic({ brokers: env.kafkaBrokers, topic: topicOf('scheduling'), keys: [clientId], run: env.run });

    const [process] = await eventually(async () => {
      const items = (await asAdvisor('GET', `/api/v1/guidance-processes?clientId=${clientId}`)).json.items as { processId: string }[];
      return items.length === 1 ? items : undefined;
    }, 1_500_000, 'the process opened from Kafka (a fresh consumer group reads the shared topic’s history first)');
    processId = process.processId;
    const opened = await eventually(async () => {
      const answer = await asAdvisor('GET', plan());
      return answer.status === 200 ? answer : undefined;
    }, 30_000, 'the plan opened with the process');
    expect(opened.json).toMatchObject({ planId: processId, clientId, status: 'open', startedOn: helsinkiToday(), draft: { version: 1, goals: [] } });
  });

  it('lets the advisor draft a goal with steps', async () => {
    const goal = await asAdvisor('POST', `${plan()}/goals`, {
      kind: 'employment',
      what: { label: goalLabel, escoUri: 'http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755' },
      targetDate: inDays(180),
    });
    expect(goal.status).toBe(201);
    goalId = String(goal.json.goalId);
    const advisorStep = await asAdvisor('POST', `${plan()}/steps`, { goalId, title: advisorStepTitle, owner: 'advisor', dueDate: inDays(14), link: { kind: 'meeting', id: goalId } });
    const clientStep = await asAdvisor('POST', `${plan()}/steps`, { goalId, title: clientStepTitle, owner: 'client', dueDate: inDays(21) });
    expect([advisorStep.status, clientStep.status]).toEqual([201, 201]);
    advisorStepId = String(advisorStep.json.stepId);
    clientStepId = String(clientStep.json.stepId);
  });

  it('lets the client, with their own token, read the plan, add a step, mark a step done and confirm the version', async () => {
    const mine = await asClient('GET', '/api/v1/me/career-plan');
    expect(mine.status).toBe(200);
    expect(mine.json).toMatchObject({ planId: processId, clientId, draft: { version: 1, agreed: false } });
    expect(mine.text).toContain(goalLabel);
    expect(mine.text).toContain(clientStepTitle);

    const own = await asClient('POST', '/api/v1/me/career-plan/steps', { goalId, title: ownStepTitle, dueDate: inDays(30) });
    expect(own.status).toBe(201);
    const done = await asClient('POST', `/api/v1/me/career-plan/steps/${clientStepId}/done`);
    expect(done.status).toBe(200);
    const notTheirs = await asClient('POST', `/api/v1/me/career-plan/steps/${advisorStepId}/done`);
    expect([notTheirs.status, notTheirs.json.code]).toEqual([409, 'PLAN.NOT_CLIENTS_STEP']);

    const confirmed = await asClient('POST', '/api/v1/me/career-plan/confirmations', { version: 1 }, { 'if-match': String(done.headers.get('etag')) });
    expect(confirmed.status).toBe(200);
    expect(confirmed.json).toMatchObject({ draft: { version: 1, agreed: false } });
  });

  it('agrees the version when the advisor confirms the same draft, and publishes CareerPlanAgreed without personal data', async () => {
    const read = await asAdvisor('GET', plan());
    const steps = (read.json.draft as { goals: { steps: { title: string; owner: string; status: string; addedBy: string }[] }[] }).goals[0].steps;
    expect(steps.map((s) => [s.title, s.owner, s.status, s.addedBy])).toEqual([
      [advisorStepTitle, 'advisor', 'open', 'advisor'],
      [clientStepTitle, 'client', 'done', 'advisor'],
      [ownStepTitle, 'client', 'open', 'client'],
    ]);
    const agreed = await asAdvisor('POST', `${plan()}/confirmations`, { version: 1 }, { 'if-match': String(read.headers.get('etag')) });
    expect(agreed.status).toBe(200);
    expect(agreed.json).toMatchObject({ draft: { version: 1, agreed: true }, agreedVersion: 1 });

    const message = await eventually(async () => capture.messages.find((m) => m.event.type === 'CareerPlanAgreed'), 60_000, 'CareerPlanAgreed on Kafka');
    expect(message.event.data).toMatchObject({ planId: processId, processId, clientId, organisation: env.organisation, version: 1, goalKinds: ['employment'] });
    expect(validateIntegrationEvent(message.event.type, message.event.version, message.event.data)).toEqual({ valid: true, errors: [] });
    await eventually(async () => (capture.messages.some((m) => m.event.type === 'CareerStepDone') ? true : undefined), 30_000, 'CareerStepDone on Kafka');
    const planMessages = capture.messages.filter((m) => m.event.type.startsWith('Career'));
    expect(planMessages.map((m) => m.event.type).sort()).toEqual(['CareerGoalSet', 'CareerPlanAgreed', 'CareerStepDone']);
    const raw = planMessages.map((m) => m.raw).join('\n');
    for (const personal of [goalLabel, advisorStepTitle, clientStepTitle, ownStepTitle, lastName, registration.personalIdentityCode, 'esco']) {
      expect(raw).not.toContain(personal);
    }
  });

  it('renders the agreed version as a PDF in document-generation, read at render time from scheduling', async () => {
    const created = await api(documents.baseUrl, 'POST', '/api/v1/documents', { token: advisor, body: { clientId, kind: 'career-plan', format: 'pdf', planId: processId, planVersion: 1 } });
    expect(`${created.status} ${created.text}`).toMatch(/^201 /);
    expect(created.json).toMatchObject({ kind: 'career-plan', language: 'fi', version: 1, fileName: 'career-plan-fi-v1.pdf', provenance: { planId: processId, planVersion: 1 } });
    const file = await download(documents.baseUrl, String((created.json.links as { content: string }).content), advisor);
    expect(file.status).toBe(200);
    const pdf = await readPdf(file.bytes);
    expect(pdf.info).toMatchObject({ Language: 'fi-FI' });
    expect(pdf.text).toContain(`Testi ${lastName}`);
    expect(pdf.text).toContain('Urasuunnitelma');
    expect(pdf.text).toMatch(/Versio 1, hyväksytty \d{1,2}\.\d{1,2}\.\d{4}/);
    for (const text of [goalLabel, advisorStepTitle, clientStepTitle, ownStepTitle]) expect(pdf.text).toContain(text);
    expect(pdf.text).toContain('tehty');
    expect(pdf.text).not.toContain(registration.personalIdentityCode);
  });

  it('shows another person none of it', async () => {
    const registered = await api(intake.baseUrl, 'POST', '/api/v1/clients', { token: advisor, body: otherRegistration });
    expect(registered.status).toBe(201);
    const otherClientId = String(registered.json.clientId);
    const other = await env.clientToken(otherRegistration.personalIdentityCode);
    const theirs = await eventually(async () => {
      const answer = await asClient('GET', '/api/v1/me/career-plan', undefined, undefined, other);
      return answer.status === 200 ? answer : undefined;
    }, 300_000, 'the other person’s own plan');
    expect(theirs.json).toMatchObject({ clientId: otherClientId, draft: { goals: [] } });
    expect(theirs.json.planId).not.toBe(processId);
    for (const text of [goalLabel, clientStepTitle, processId]) expect(theirs.text).not.toContain(text);
    const reach = await asClient('POST', `/api/v1/me/career-plan/steps/${clientStepId}/done`, undefined, undefined, other);
    expect([reach.status, reach.json.code]).toEqual([404, 'PLAN.STEP_NOT_FOUND']);
    expect((await asClient('GET', '/api/v1/me/career-plan/versions/1', undefined, undefined, other)).status).toBe(404);
    expect((await asClient('GET', plan(), undefined, undefined, other)).status).toBe(403);

    const nobody = await env.clientToken(identityCode(703));
    expect((await asClient('GET', '/api/v1/me/career-plan', undefined, undefined, nobody)).status).toBe(404);
  });
});
