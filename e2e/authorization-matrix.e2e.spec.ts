import { randomUUID } from 'node:crypto';
import { requiresAuthentication } from '@career/auth';
import { guidanceProcessIdOf } from '@career/contracts';
import { eventually, identityCode, type RunningService } from '@career/testing';
import { CAREER_SERVICES, startCareerServices, type CareerService } from './support/career-services';
import { api, e2eEnvironment, registrationBody } from './support/e2e-environment';

jest.setTimeout(900_000);

// The client role against EVERY endpoint of every service, enumerated from each service's own
// OpenAPI document (/docs-json), so an endpoint added later cannot escape the matrix. A client
// token may reach its own channel (/api/v1/me/...) and the catalogues that hold nobody's data;
// every other route answers 403, whose record it names (the caller's own, another person's in
// the same organisation, another organisation's) or none. On the client's own routes, an id of
// another person's record answers 404 exactly like a missing one, as staff get for another
// organisation's records (docs/architecture.md#the-rules, Access), and nothing of another
// person ever appears.

interface Person {
  label: string;
  organisation: string;
  code: string;
  lastName: string;
  token: string;
  clientId: string;
  processId: string;
  documentId: string;
  skillId: string;
  /** A step of their agreed career plan that is theirs to do. */
  stepId: string;
}

interface Operation {
  service: CareerService;
  method: string;
  path: string;
  params: string[];
}

/**
 * Routes any signed-in user may read, the client included: catalogues that hold no one's data (the
 * client needs them to fill in their own profile), each with a query it answers.
 */
const CATALOGUES = new Map([
  ['GET /api/v1/taxonomy/occupations', '/api/v1/taxonomy/occupations?q=forklift'],
  ['GET /api/v1/taxonomy/skills', '/api/v1/taxonomy/skills?q=teamwork'],
  ['GET /api/v1/interest-inventory', '/api/v1/interest-inventory?lang=fi'],
]);

/** What each path parameter of the client's own routes names, to try another person's record in it. A route with a parameter not listed fails: add it here. */
const OWN_ROUTE_PARAMS: Record<string, (person: Person) => string> = {
  id: (person) => person.documentId,
  skillId: (person) => person.skillId,
  stepId: (person) => person.stepId,
  version: () => '1',
};

/** Parameters relative to the caller's own record (their plan's version): they cannot name another person's. */
const OWN_RELATIVE_PARAMS = new Set(['version']);
const MISSING_VERSION = '999';

/** Valid bodies for the client's own routes that take an id, so the answer is about the record (404 or not), never about the body (400). */
const OWN_ROUTE_BODIES: Record<string, unknown> = {
  'PATCH /api/v1/me/skills-profile/skills/{skillId}': { proficiency: 3 },
  'POST /api/v1/me/career-plan/steps/{stepId}/done': undefined,
};

/** A value for a path parameter of a staff route, naming this person's record where the parameter names one. */
function staffParam(operation: Operation, param: string, person: Person): string {
  if (param === 'clientId') return person.clientId;
  if (param === 'skillId') return person.skillId;
  if (param === 'version') return '1';
  if (param === 'id') {
    if (operation.service === 'client-intake') return person.clientId;
    if (operation.path.startsWith('/api/v1/guidance-processes/')) return person.processId;
    if (operation.service === 'document-generation') return person.documentId;
  }
  return randomUUID();
}

const fill = (path: string, value: (param: string) => string) => path.replace(/\{([^}]+)\}/g, (_, param: string) => encodeURIComponent(value(param)));
const isOwnRoute = (path: string) => path === '/api/v1/me' || path.startsWith('/api/v1/me/');
const key = (operation: Operation) => `${operation.method} ${operation.path}`;

async function operationsOf(service: RunningService, name: CareerService): Promise<Operation[]> {
  const response = await fetch(`${service.baseUrl}/docs-json`);
  const document = (await response.json()) as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.keys(methods)
      .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map((method) => ({ service: name, method: method.toUpperCase(), path, params: [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]) })),
  );
}

describe('authorisation matrix: a client token against every endpoint of every service', () => {
  const env = e2eEnvironment('matrix');
  const elsewhere = `${env.organisation}X`;
  const advisorId = 'matrix-advisor';
  let services: Record<CareerService, RunningService>;
  let operations: Operation[];
  let a: Person;
  let b: Person;
  let c: Person;

  beforeAll(async () => {
    services = await startCareerServices(env);
  });
  afterAll(async () => {
    await Promise.all(Object.values(services ?? {}).map((service) => service.stop()));
  });

  const call = (service: CareerService, method: string, route: string, token: string, body?: unknown) => api(services[service].baseUrl, method, route, { token, body });

  /** Registered by an advisor, with a guidance process, a skills profile with one skill, a booked meeting, an agreed career plan (version 1, one step theirs) and a CV. */
  async function person(label: string, organisation: string, individualNumber: number, hour: number): Promise<Person> {
    const advisor = await env.token('advisor', organisation, advisorId);
    const lastName = `Matriisi-${label}`;
    const registration = registrationBody(organisation, lastName, individualNumber, { advisorId });
    const registered = await call('client-intake', 'POST', '/api/v1/clients', advisor, registration);
    expect(registered.status).toBe(201);
    const clientId = registered.json.clientId as string;
    const processId = guidanceProcessIdOf(clientId, 1);
    const skill = await eventually(async () => {
      const added = await call('skills-assessment', 'POST', `/api/v1/skills-profiles/${clientId}/skills`, advisor, { label: `taito-${label}`, kind: 'skill', proficiency: 2, gainedIn: 'work' });
      return added.status === 201 ? (added.json.skill as { skillId: string }) : undefined;
    }, 480_000, `${label}'s skills profile opened from the registration`);
    const meeting = await eventually(async () => {
      const start = new Date(Date.now() + 3 * 86_400_000);
      start.setUTCHours(hour, 0, 0, 0);
      const booked = await call('scheduling', 'POST', `/api/v1/guidance-processes/${processId}/meetings`, advisor, { start: start.toISOString(), durationMinutes: 30, mode: 'in-person', location: `Huone ${label}` });
      return booked.status === 201 ? booked : undefined;
    }, 480_000, `${label}'s guidance process opened from the registration`);
    expect(meeting.status).toBe(201);
    const cv = await call('document-generation', 'POST', '/api/v1/documents', advisor, { clientId, kind: 'skills-cv', format: 'json' });
    expect(`${cv.status} ${cv.text}`).toMatch(/^201 /);
    const token = await env.clientToken(registration.personalIdentityCode, organisation);
    const stepId = await agreedPlan(processId, advisor, token, label);
    return { label, organisation, code: registration.personalIdentityCode, lastName, token, clientId, processId, documentId: cv.json.documentId as string, skillId: skill.skillId, stepId };
  }

  /** The advisor drafts a goal with one step for the client; both confirm version 1. Returns the client's step. */
  async function agreedPlan(processId: string, advisor: string, client: string, label: string): Promise<string> {
    const plan = `/api/v1/guidance-processes/${processId}/career-plan`;
    await eventually(async () => ((await call('scheduling', 'GET', plan, advisor)).status === 200 ? true : undefined), 60_000, `${label}'s plan opened with the process`);
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const goal = await call('scheduling', 'POST', `${plan}/goals`, advisor, { kind: 'employment', what: { label: `tavoite-${label}` }, targetDate: inDays(180) });
    expect(`${goal.status} ${goal.text}`).toMatch(/^201 /);
    const step = await call('scheduling', 'POST', `${plan}/steps`, advisor, { goalId: goal.json.goalId, title: `askel-${label}`, owner: 'client', dueDate: inDays(21) });
    expect(`${step.status} ${step.text}`).toMatch(/^201 /);
    const confirm = (token: string, route: string, etag: string | null) =>
      api(services.scheduling.baseUrl, 'POST', route, { token, body: { version: 1 }, headers: { 'if-match': String(etag) } });
    const byAdvisor = await confirm(advisor, `${plan}/confirmations`, step.headers.get('etag'));
    expect(`${byAdvisor.status} ${byAdvisor.text}`).toMatch(/^200 /);
    const byClient = await confirm(client, '/api/v1/me/career-plan/confirmations', byAdvisor.headers.get('etag'));
    expect(byClient.json).toMatchObject({ draft: { version: 1, agreed: true } });
    return String(step.json.stepId);
  }

  it('sets up two people in one organisation and one in another, each with records in every service', async () => {
    [a, b, c] = await Promise.all([person('A', env.organisation, 681, 7), person('B', env.organisation, 682, 9), person('C', elsewhere, 683, 11)]);
    operations = (await Promise.all(CAREER_SERVICES.map((name) => operationsOf(services[name], name)))).flat();
    // Every service documents its routes, the client's own among them.
    for (const name of CAREER_SERVICES) expect({ name, routes: operations.filter((o) => o.service === name).length > 3 }).toEqual({ name, routes: true });
    expect(operations.filter((o) => isOwnRoute(o.path)).map((o) => o.service).sort()).toEqual(expect.arrayContaining(['client-intake', 'document-generation', 'scheduling', 'skills-assessment']));
  });

  it('answers 403 on every staff, service and reporting route, whose record it names (own, another person’s, another organisation’s)', async () => {
    const staffRoutes = operations.filter((o) => !isOwnRoute(o.path) && requiresAuthentication(o.path) && !CATALOGUES.has(key(o)));
    expect(staffRoutes.length).toBeGreaterThan(60);
    const answers: string[] = [];
    for (const operation of staffRoutes) {
      for (const whose of [a, b, c]) {
        const response = await call(operation.service, operation.method, fill(operation.path, (param) => staffParam(operation, param, whose)), a.token, operation.method === 'GET' ? undefined : {});
        answers.push(`${operation.service} ${key(operation)} [${whose.label}] ${response.status}`);
        // The refusal names no record: `instance` is only the path the caller sent.
        const { instance: _sent, ...refusal } = response.json;
        for (const other of [b, c]) expect(JSON.stringify(refusal)).not.toContain(other.clientId);
      }
    }
    expect(answers.filter((answer) => !answer.endsWith(' 403'))).toEqual([]);
  });

  it('lets the client read the catalogues, which hold nobody’s data', async () => {
    const catalogues = operations.filter((o) => CATALOGUES.has(key(o)));
    expect(catalogues.map(key).sort()).toEqual([...CATALOGUES.keys()].sort());
    for (const operation of catalogues) {
      const response = await call(operation.service, operation.method, CATALOGUES.get(key(operation))!, a.token);
      expect(`${key(operation)} ${response.status}`).toBe(`${key(operation)} 200`);
      for (const other of [a, b, c]) expect(response.text).not.toContain(other.clientId);
    }
  });

  it('keeps the client’s own routes to clients with a record: 403 for staff, 404 for a person with none (never echoing the code)', async () => {
    const own = operations.filter((o) => isOwnRoute(o.path));
    const advisor = await env.token('advisor', env.organisation, advisorId);
    const nobodyCode = identityCode(689);
    const nobody = await env.clientToken(nobodyCode);
    const answers: string[] = [];
    for (const operation of own) {
      const route = fill(operation.path, (param) => (OWN_ROUTE_PARAMS[param] ? OWN_ROUTE_PARAMS[param](a) : randomUUID()));
      const byStaff = await call(operation.service, operation.method, route, advisor, operation.method === 'GET' ? undefined : {});
      const byNobody = await call(operation.service, operation.method, route, nobody, operation.method === 'GET' ? undefined : {});
      answers.push(`${operation.service} ${key(operation)} staff ${byStaff.status} nobody ${byNobody.status}`);
      expect(byNobody.text).not.toContain(nobodyCode);
    }
    expect(answers.filter((answer) => !answer.endsWith('staff 403 nobody 404'))).toEqual([]);
  });

  it('answers another person’s id on the client’s own routes exactly like a missing one (404, same code), and the caller’s own normally', async () => {
    const withIds = operations.filter((o) => isOwnRoute(o.path) && o.params.length > 0);
    expect(withIds.length).toBeGreaterThanOrEqual(4);
    for (const operation of withIds) {
      const unknown = operation.params.filter((param) => !OWN_ROUTE_PARAMS[param]);
      expect({ route: key(operation), unknownParams: unknown }).toEqual({ route: key(operation), unknownParams: [] });
      if (operation.method !== 'GET') expect({ route: key(operation), body: key(operation) in OWN_ROUTE_BODIES }).toEqual({ route: key(operation), body: true });
      const body = OWN_ROUTE_BODIES[key(operation)];
      const asA = (route: string) => call(operation.service, operation.method, route, a.token, body);
      const missing = await asA(fill(operation.path, (param) => (param === 'version' ? MISSING_VERSION : randomUUID())));
      expect({ route: key(operation), status: missing.status }).toEqual({ route: key(operation), status: 404 });
      const namesAnotherPersonsRecord = operation.params.some((param) => !OWN_RELATIVE_PARAMS.has(param));
      for (const whose of namesAnotherPersonsRecord ? [b, c] : []) {
        const theirs = await asA(fill(operation.path, (param) => OWN_ROUTE_PARAMS[param](whose)));
        expect({ route: key(operation), whose: whose.label, status: theirs.status, code: theirs.json.code, detail: theirs.json.detail }).toEqual({
          route: key(operation),
          whose: whose.label,
          status: 404,
          code: missing.json.code,
          detail: missing.json.detail,
        });
        expect(theirs.text).not.toContain(whose.lastName);
      }
      const mine = await asA(fill(operation.path, (param) => OWN_ROUTE_PARAMS[param](a)));
      expect({ route: key(operation), own: [200, 201, 204].includes(mine.status) ? 'answered' : mine.status }).toEqual({ route: key(operation), own: 'answered' });
    }
  });

  it('shows on every own route without an id the caller’s own data only, for a person in either organisation', async () => {
    const reads = operations.filter((o) => isOwnRoute(o.path) && o.params.length === 0 && o.method === 'GET');
    expect(reads.length).toBeGreaterThanOrEqual(8);
    const traces = (p: Person) => [p.clientId, p.processId, p.documentId, p.skillId, p.lastName, `taito-${p.label}`, `Huone ${p.label}`];
    for (const operation of reads) {
      for (const [caller, others] of [[a, [b, c]], [c, [a, b]]] as const) {
        const response = await call(operation.service, 'GET', operation.path, caller.token);
        expect({ route: key(operation), caller: caller.label, status: response.status }).toEqual({ route: key(operation), caller: caller.label, status: 200 });
        for (const other of others) for (const trace of traces(other)) expect({ route: key(operation), caller: caller.label, leaks: response.text.includes(trace) ? trace : undefined }).toEqual({ route: key(operation), caller: caller.label, leaks: undefined });
        expect(response.text).not.toContain(caller.code);
      }
    }
    // The caller's own records are there.
    expect((await call('client-intake', 'GET', '/api/v1/me', a.token)).json.clientId).toBe(a.clientId);
    expect((await call('scheduling', 'GET', '/api/v1/me/meetings', c.token)).text).toContain('Huone C');
    expect((await call('document-generation', 'GET', '/api/v1/me/documents', a.token)).text).toContain(a.documentId);
    expect((await call('skills-assessment', 'GET', '/api/v1/me/skills-profile', b.token)).text).toContain('taito-B');
  });
});
