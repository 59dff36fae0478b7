import { readFileSync } from 'node:fs';
import { guidanceProcessIdOf } from '@career/contracts';
import { eventually, type RunningService } from '@career/testing';
import { startCareerServices, type CareerService } from './support/career-services';
import { download, readPdf } from './support/document-inspection';
import { api, e2eEnvironment, registrationBody } from './support/e2e-environment';
import { helsinkiToday } from './support/report-files';

jest.setTimeout(900_000);

const DAY = 86_400_000;
const inDays = (days: number) => helsinkiToday(new Date(Date.now() + days * DAY));

interface AuditEntry {
  type: string;
  category: string;
  actor: { id: string; role: string };
  viewed?: { fields: string[]; purpose?: string };
}

// The client's own channel through the real processes (docs/domain.md#the-people): an advisor
// registers a client; the client, signed in (a `client` token carrying their identity code),
// answers the interest inventory and the start self-assessment, records a skill, writes their
// profile text, agrees the career plan their advisor drafted and marks their step done
// (docs/domain.md#the-career-plan), generates their own CV that carries that text, and reads an
// audit trail that lists the advisor's views. Another person's token sees none of it, and the identity code is
// in no log line and no response.
describe('the client’s own channel, end to end', () => {
  const env = e2eEnvironment('client-channel');
  const advisorId = 'channel-advisor';
  const PROFILE_TEXT = 'Olen tunnollinen varastotyöntekijä, joka oppii nopeasti ja viihtyy tiimissä. Haluan kehittyä trukinkuljettajaksi.';
  const mine = registrationBody(env.organisation, 'Itsenäinen', 691, { advisorId });
  const theirs = registrationBody(env.organisation, 'Toinenhenkilö', 692, { advisorId });
  let services: Record<CareerService, RunningService>;
  let advisor: string;
  let me: string;
  let them: string;
  let clientId: string;
  let otherClientId: string;
  let cvDocumentId: string;
  let processId: string;
  let goalId: string;
  let clientStepId: string;
  const GOAL = 'Trukinkuljettaja kylmävarastoon';
  const CLIENT_STEP = 'Hae kolmeen varastotyöpaikkaan';

  beforeAll(async () => {
    services = await startCareerServices(env, ['client-intake', 'scheduling', 'skills-assessment', 'document-generation']);
    advisor = await env.token('advisor', env.organisation, advisorId);
  });
  afterAll(async () => {
    await Promise.all(Object.values(services ?? {}).map((service) => service.stop()));
  });

  const call = (service: CareerService, method: string, route: string, token: string, body?: unknown, headers?: Record<string, string>) =>
    api(services[service].baseUrl, method, route, { token, body, headers });
  const plan = () => `/api/v1/guidance-processes/${processId}/career-plan`;

  it('an advisor registers the client (and another person); each signs in with their own token', async () => {
    const registered = await call('client-intake', 'POST', '/api/v1/clients', advisor, mine);
    expect(registered.status).toBe(201);
    clientId = registered.json.clientId as string;
    const other = await call('client-intake', 'POST', '/api/v1/clients', advisor, theirs);
    expect(other.status).toBe(201);
    otherClientId = other.json.clientId as string;
    me = await env.clientToken(mine.personalIdentityCode);
    them = await env.clientToken(theirs.personalIdentityCode);

    const own = await call('client-intake', 'GET', '/api/v1/me', me);
    expect(own.status).toBe(200);
    expect(own.json).toMatchObject({ clientId, lastName: 'Itsenäinen', identityCodeOnRecord: true });
    expect(own.text).not.toContain(mine.personalIdentityCode);
  });

  it('the client answers the interest inventory and the start self-assessment on their own profile', async () => {
    const form = await call('skills-assessment', 'GET', '/api/v1/interest-inventory?lang=fi', me);
    expect(form.status).toBe(200);
    const items = form.json.items as { id: string; type: string }[];
    const answers = Object.fromEntries(items.map((item) => [item.id, item.type === 'R' ? 4 : item.type === 'C' ? 3 : item.type === 'S' ? 2 : 0]));
    // The profile opens from client-intake's ClientRegistered on Kafka (a fresh consumer group reads the topic's history first).
    const inventory = await eventually(async () => {
      const response = await call('skills-assessment', 'POST', '/api/v1/me/skills-profile/interest-inventory', me, { answers });
      return response.status === 404 ? undefined : response;
    }, 600_000, 'the client’s skills profile opened from the registration');
    expect(inventory.status).toBe(201);
    expect(inventory.json.interestInventory).toMatchObject({ code: 'RCS' });

    const rated = await call('skills-assessment', 'POST', '/api/v1/me/skills-profile/self-assessments', me, { phase: 'start', selfKnowledge: 2, identifyOwnSkills: 2, careerPlanningConfidence: 1 });
    expect(rated.status).toBe(201);
    expect(rated.json.selfAssessments).toEqual([expect.objectContaining({ phase: 'start', recordedBy: 'client' })]);
  });

  it('the client records a skill and writes their profile text in their own words', async () => {
    const skill = await call('skills-assessment', 'POST', '/api/v1/me/skills-profile/skills', me, {
      label: 'trukin kuljettaminen',
      kind: 'skill',
      proficiency: 3,
      gainedIn: 'work',
      evidence: 'Ajoin trukkia kesätöissä kolme kesää.',
    });
    expect(skill.status).toBe(201);
    expect(skill.json.skill).toMatchObject({ recordedBy: 'client' });
    const text = await call('skills-assessment', 'PUT', '/api/v1/me/skills-profile/profile-text', me, { text: PROFILE_TEXT });
    expect(text.status).toBe(200);
    expect(text.json.profileText).toMatchObject({ text: PROFILE_TEXT, recordedBy: 'client' });

    const profile = await call('skills-assessment', 'GET', '/api/v1/me/skills-profile', me);
    expect(profile.json).toMatchObject({ clientId, interestInventory: { code: 'RCS' }, profileText: { text: PROFILE_TEXT } });
    expect((profile.json.selfAssessments as unknown[]).length).toBe(1);
  });

  it('the advisor drafts a career plan: a goal and a step for the client', async () => {
    // Scheduling opens the process, and its plan with it, when it hears of the registration (Kafka).
    processId = guidanceProcessIdOf(clientId, 1);
    const opened = await eventually(async () => {
      const response = await call('scheduling', 'GET', plan(), advisor);
      return response.status === 200 ? response : undefined;
    }, 600_000, 'the client’s process and plan opened from the registration');
    expect(opened.json).toMatchObject({ planId: processId, clientId, status: 'open', draft: { version: 1, goals: [] } });

    const goal = await call('scheduling', 'POST', `${plan()}/goals`, advisor, { kind: 'employment', what: { label: GOAL }, targetDate: inDays(120) });
    expect(goal.status).toBe(201);
    goalId = goal.json.goalId as string;
    const step = await call('scheduling', 'POST', `${plan()}/steps`, advisor, { goalId, title: CLIENT_STEP, owner: 'client', dueDate: inDays(14) });
    expect(step.status).toBe(201);
    clientStepId = step.json.stepId as string;
  });

  it('the client reads the plan with their own token and confirms the version; the advisor’s confirmation agrees it', async () => {
    const mine = await call('scheduling', 'GET', '/api/v1/me/career-plan', me);
    expect(mine.status).toBe(200);
    expect(mine.json).toMatchObject({ planId: processId, clientId, draft: { version: 1, agreed: false } });
    expect(mine.text).toContain(GOAL);
    expect(mine.text).toContain(CLIENT_STEP);

    // Each confirms the draft they read: its ETag as If-Match (docs/domain.md#the-career-plan).
    const confirmed = await call('scheduling', 'POST', '/api/v1/me/career-plan/confirmations', me, { version: 1 }, { 'if-match': String(mine.headers.get('etag')) });
    expect(confirmed.status).toBe(200);
    expect(confirmed.json).toMatchObject({ draft: { version: 1, agreed: false } });

    const read = await call('scheduling', 'GET', plan(), advisor);
    const agreed = await call('scheduling', 'POST', `${plan()}/confirmations`, advisor, { version: 1 }, { 'if-match': String(read.headers.get('etag')) });
    expect(agreed.status).toBe(200);
    expect(agreed.json).toMatchObject({ draft: { version: 1, agreed: true }, agreedVersion: 1 });
    const asAgreed = await call('scheduling', 'GET', '/api/v1/me/career-plan/versions/1', me);
    expect(asAgreed.status).toBe(200);
    expect(asAgreed.text).toContain(CLIENT_STEP);
  });

  it('the client marks their step done, as theirs', async () => {
    const done = await call('scheduling', 'POST', `/api/v1/me/career-plan/steps/${clientStepId}/done`, me);
    expect(done.status).toBe(200);
    const mine = await call('scheduling', 'GET', '/api/v1/me/career-plan', me);
    const steps = (mine.json.draft as { goals: { steps: { stepId: string; status: string }[] }[] }).goals[0].steps;
    expect(steps).toEqual([expect.objectContaining({ stepId: clientStepId, status: 'done' })]);
    // A change after the agreement starts the next draft; the agreed version stays as agreed.
    expect(mine.json).toMatchObject({ draft: { version: 2, agreed: false } });
  });

  it('the client generates their own CV, which prints their profile text, in Finnish', async () => {
    const created = await call('document-generation', 'POST', '/api/v1/me/documents', me, { kind: 'skills-cv', format: 'pdf', language: 'fi' });
    expect(`${created.status} ${created.text}`).toMatch(/^201 /);
    expect(created.json).toMatchObject({ clientId, kind: 'skills-cv', language: 'fi', version: 1 });
    cvDocumentId = created.json.documentId as string;

    const file = await download(services['document-generation'].baseUrl, `/api/v1/me/documents/${cvDocumentId}/content`, me);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    const pdf = await readPdf(file.bytes);
    expect(pdf.text).toContain('Olen tunnollinen varastotyöntekijä, joka oppii nopeasti ja viihtyy tiimissä.');
    expect(pdf.text).toContain('Osaamispohjainen CV');
    expect(pdf.text).toContain('trukin kuljettaminen');
    expect(pdf.info.Language).toMatch(/^fi/);
    expect(pdf.text).not.toContain(mine.personalIdentityCode);

    const listed = await call('document-generation', 'GET', '/api/v1/me/documents', me);
    expect(listed.json.versions).toEqual([expect.objectContaining({ documentId: cvDocumentId, version: 1 })]);
  });

  it('the client reads their audit trail: the advisor’s views with purpose, their own actions as theirs', async () => {
    expect((await call('client-intake', 'GET', `/api/v1/clients/${clientId}?purpose=guidance`, advisor)).status).toBe(200);
    expect((await call('skills-assessment', 'GET', `/api/v1/skills-profiles/${clientId}`, advisor)).status).toBe(200);
    const trail = await call('client-intake', 'GET', '/api/v1/me/audit-trail', me);
    expect(trail.status).toBe(200);
    const entries = trail.json.entries as AuditEntry[];
    const views = entries.filter((e) => e.type === 'PersonalDataViewed');
    expect(views).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actor: { id: advisorId, role: 'advisor' }, viewed: expect.objectContaining({ purpose: 'guidance' }) }),
        expect.objectContaining({ actor: { id: 'document-generation', role: 'service' }, viewed: expect.objectContaining({ purpose: 'document-generation' }) }),
      ]),
    );
    expect(entries).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'ProfileViewed', category: 'skillsProfileView', actor: { id: advisorId, role: 'advisor' } })]));
    // What the client did is recorded as theirs.
    const byClient = entries.filter((e) => e.actor.role === 'client').map((e) => e.type);
    expect(byClient).toEqual(expect.arrayContaining(['InterestInventoryRecorded', 'SelfAssessmentRecorded', 'SkillAdded', 'ProfileTextWritten', 'DocumentGenerated']));
    // Their own reads are not views of their data by anyone else.
    expect(views.every((e) => e.actor.role !== 'client')).toBe(true);
    expect(trail.text).not.toContain(PROFILE_TEXT.slice(0, 20));
    expect(trail.text).not.toContain(otherClientId);
  });

  it('another person’s token sees none of it', async () => {
    const theirDetails = await call('client-intake', 'GET', '/api/v1/me', them);
    expect(theirDetails.json).toMatchObject({ clientId: otherClientId, lastName: 'Toinenhenkilö' });
    const theirProfile = await eventually(async () => {
      const response = await call('skills-assessment', 'GET', '/api/v1/me/skills-profile', them);
      return response.status === 200 ? response : undefined;
    }, 300_000, 'the other person’s profile opened');
    expect(theirProfile.json).toMatchObject({ clientId: otherClientId, profileText: null, interestInventory: null, skills: [] });
    const theirDocuments = await call('document-generation', 'GET', '/api/v1/me/documents', them);
    expect(theirDocuments.json.versions).toEqual([]);
    for (const route of [`/api/v1/me/documents/${cvDocumentId}`, `/api/v1/me/documents/${cvDocumentId}/content`]) {
      const response = await call('document-generation', 'GET', route, them);
      expect(`${route} ${response.status}`).toBe(`${route} 404`);
    }
    // Their own plan is theirs alone: empty, and mine is out of reach (404, not 403: nothing to confirm it exists).
    const theirPlan = await eventually(async () => {
      const response = await call('scheduling', 'GET', '/api/v1/me/career-plan', them);
      return response.status === 200 ? response : undefined;
    }, 300_000, 'the other person’s own plan opened');
    expect(theirPlan.json).toMatchObject({ clientId: otherClientId, draft: { goals: [] }, agreedVersions: [] });
    for (const text of [GOAL, CLIENT_STEP, processId]) expect(theirPlan.text).not.toContain(text);
    const reach = await call('scheduling', 'POST', `/api/v1/me/career-plan/steps/${clientStepId}/done`, them);
    expect([reach.status, reach.json.code]).toEqual([404, 'PLAN.STEP_NOT_FOUND']);
    expect((await call('scheduling', 'GET', '/api/v1/me/career-plan/versions/1', them)).status).toBe(404);
    expect((await call('scheduling', 'GET', plan(), them)).status).toBe(403);
    const theirTrail = await call('client-intake', 'GET', '/api/v1/me/audit-trail', them);
    expect(theirTrail.text).not.toContain(clientId);
    expect((await call('client-intake', 'GET', `/api/v1/clients/${clientId}`, them)).status).toBe(403);
    for (const response of [theirDetails, theirProfile, theirDocuments, theirPlan, theirTrail]) {
      expect(response.text).not.toContain(clientId);
      expect(response.text).not.toContain('Itsenäinen');
      expect(response.text).not.toContain(PROFILE_TEXT.slice(0, 20));
    }
  });

  it('never writes an identity code to a log line', () => {
    for (const service of Object.values(services)) {
      const log = readFileSync(service.logFile, 'utf8');
      expect({ service: service.name, logged: log.length > 0 }).toEqual({ service: service.name, logged: true });
      for (const code of [mine.personalIdentityCode, theirs.personalIdentityCode]) expect({ service: service.name, leaks: log.includes(code) }).toEqual({ service: service.name, leaks: false });
    }
  });
});
