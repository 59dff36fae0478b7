import { helsinkiDate } from '@career/calendar';
import { clientJourney, recordOutcomes, type JourneyResult } from './client-journey';
import { expectStatus, inPool, request, traffic } from './demo-http';
import { demoPerson } from './demo-people';
import { CLIENTS_PER_ORGANISATION, clientPlan, DEMO_ORGANISATIONS, DEMO_PROJECT, type ClientPlan, type DemoOrganisation } from './demo-plan';
import { demoServices, type DemoServices } from './demo-services';
import { fillGroupSessions, groupSessions } from './group-sessions';

/**
 * `npm run demo`: about 200 fictional clients of two demo organisations through the whole
 * process, over the services' public HTTP APIs with each person's own dev token, against the
 * system `npm start` runs. Safe to run again: every step checks what exists or replays by
 * Idempotency-Key. Ends by printing where to look.
 */
async function main(): Promise<void> {
  const started = Date.now();
  const now = new Date();
  const today = helsinkiDate(now);
  const concurrency = Number(process.env.DEMO_CONCURRENCY ?? 12);
  // Fewer clients for a slow or busy machine: the first N of each organisation, the same ones every run.
  const clientsPerOrganisation = Math.min(CLIENTS_PER_ORGANISATION, Number(process.env.DEMO_CLIENTS_PER_ORGANISATION ?? CLIENTS_PER_ORGANISATION));
  const services = await reachable();

  const sessions = new Map<DemoOrganisation, Awaited<ReturnType<typeof groupSessions>>>();
  for (const organisation of DEMO_ORGANISATIONS) sessions.set(organisation, await groupSessions(organisation, services, now));

  const plans: [DemoOrganisation, ClientPlan][] = DEMO_ORGANISATIONS.flatMap((organisation) =>
    Array.from({ length: clientsPerOrganisation }, (_, i): [DemoOrganisation, ClientPlan] => {
      const { index: _index, ...person } = demoPerson(organisation.number, i);
      return [organisation, clientPlan(organisation, i, person, today)];
    }),
  );
  let done = 0;
  const results = await inPool(plans, concurrency, async ([organisation, plan]) => {
    const result = await clientJourney(organisation, plan, services, now);
    if (++done % 25 === 0) console.log(`demo: ${done}/${plans.length} clients through the process (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    return result;
  });

  const patience = Number(process.env.DEMO_OUTCOMES_PATIENCE_SECONDS ?? 120);
  console.log(`demo: every client through to exit (${((Date.now() - started) / 1000).toFixed(0)} s); now the exit outcomes, as outcomes-reporting hears of the clients over Kafka (waiting ${patience} s at most)`);
  const deadline = Date.now() + patience * 1000;
  const outcomes = await inPool(plans.map((_, i) => i), concurrency, async (i) => recordOutcomes(plans[i][0], plans[i][1], results[i].clientId, services, now, deadline));

  let enrolled = 0;
  for (const organisation of DEMO_ORGANISATIONS) {
    const bySession = new Map<number, string[]>();
    plans.forEach(([org, plan], i) => {
      if (org === organisation && plan.session !== undefined) bySession.set(plan.session, [...(bySession.get(plan.session) ?? []), results[i].clientId]);
    });
    enrolled += await fillGroupSessions(organisation, services, sessions.get(organisation)!, bySession, now);
  }
  const planDocument = await onePlanDocument(services, plans, results);
  report(services, plans, results, planDocument, enrolled, outcomes.filter((o) => o === 'later').length, (Date.now() - started) / 1000);
}

/**
 * One client's agreed career plan rendered by document-generation (the first Oulu client
 * with one): the advisor asks for it, the service reads the agreed version from scheduling.
 * Asking again gives the same version (200), so a second run makes no new one.
 */
async function onePlanDocument(services: DemoServices, plans: readonly [DemoOrganisation, ClientPlan][], results: readonly JourneyResult[]): Promise<PlanDocument | undefined> {
  const i = results.findIndex((r, n) => r.agreedPlanVersion !== undefined && plans[n][0] === DEMO_ORGANISATIONS[0]);
  if (i < 0) return undefined;
  const [organisation, plan] = plans[i];
  const { clientId, processId, agreedPlanVersion } = results[i];
  const advisor = await services.token('advisor', organisation.code, plan.advisor);
  const body = { clientId, kind: 'career-plan', format: 'pdf', planId: processId, planVersion: agreedPlanVersion };
  const made = expectStatus(await request(services.urls.documents, 'POST', '/api/v1/documents', { token: advisor, body }), [200, 201], `the career plan document of ${organisation.code} #${plan.index}`);
  return { documentId: made.json.documentId as string, advisor: plan.advisor, identityCode: plan.registration.personalIdentityCode as string, version: agreedPlanVersion! };
}

interface PlanDocument {
  documentId: string;
  advisor: string;
  identityCode: string;
  version: number;
}

async function reachable(): Promise<DemoServices> {
  const ports = [3001, 3002, 3003, 3004, 3005];
  try {
    const services = await demoServices();
    for (const base of Object.values(services.urls)) {
      const ready = await fetch(`${base}/health/ready`);
      if (!ready.ok) throw new Error(`${base}/health/ready answered ${ready.status}`);
    }
    return services;
  } catch (error) {
    throw new Error(
      `the services are not running (ports ${ports.join(', ')}, or the URLs in CLIENT_INTAKE_URL, SCHEDULING_URL, SKILLS_ASSESSMENT_URL, DOCUMENT_GENERATION_URL, OUTCOMES_REPORTING_URL): start them with \`npm start\` first (${(error as Error).message})`,
    );
  }
}

function report(services: DemoServices, plans: readonly [DemoOrganisation, ClientPlan][], results: readonly JourneyResult[], planDocument: PlanDocument | undefined, enrolled: number, outcomesLater: number, seconds: number): void {
  const [oulu] = DEMO_ORGANISATIONS;
  const count = (test: (plan: ClientPlan) => boolean) => plans.filter(([, plan]) => test(plan)).length;
  const firstCv = results.find((r) => r.cvDocumentId);
  const advisor = oulu.advisors[0];
  const { intake, scheduling, documents, outcomes } = services.urls;
  const token = (role: string, sub: string) => `TOKEN=$(npm run -s token -- --role ${role} --org ${oulu.code} --sub ${sub})`;
  const curl = (path: string, out = '') => `curl -sH "Authorization: Bearer $TOKEN" ${out ? `-o ${out} ` : ''}'${path}'`;
  console.log(`
demo: ${plans.length} fictional clients of ${DEMO_ORGANISATIONS.map((o) => o.code).join(' and ')} (project ${DEMO_PROJECT}) in ${seconds.toFixed(1)} s
  registered now ${results.filter((r) => r.registeredNow).length} (the rest were there from an earlier run); directed ${count((p) => p.direction !== undefined)}: group guidance ${count((p) => p.direction === 'group-guidance')} (${enrolled} enrolled now), licence training ${count((p) => p.licence !== undefined)}, individual only ${count((p) => p.direction === 'individual-only')}
  career plans ${count((p) => p.careerPlan)} (agreed by client and advisor ${results.filter((r) => r.agreedPlanVersion !== undefined).length}, reviewed at a follow-up meeting ${count((p) => p.careerPlan && p.planReview)}); on their own channel ${count((p) => p.ownChannel)} clients answered the inventory and self-assessments, wrote a profile text and made their own CV
  CVs ${count((p) => p.cv)}, job applications ${count((p) => p.application)}, exits ${count((p) => p.exit !== undefined)}, learning outcomes confirmed ${count((p) => p.learningOutcomesConfirmed)}
  ${outcomesLater === 0 ? 'every exit has its outcome' : `${outcomesLater} exit outcomes not recorded yet: outcomes-reporting has not heard of those clients over Kafka (it reads its topics' backlog); run the demo again later to record them`}
  ${traffic.requests} HTTP requests (${traffic.retried} retried); answers: ${[...traffic.byStatus].sort(([a], [b]) => a - b).map(([status, n]) => `${status} x${n}`).join(', ')}
  Six-month follow-ups: none. Registration dates the entry today (the server's clock) and an exit cannot precede it, so no exit is 5-8 months old yet.

Where to look (each command prints a dev token first; the pages need it as a Bearer header):
  The summary report (reporter; save it and open the file in a browser: it is one self-contained page):
    ${token('reporter', oulu.reporter)}
    ${curl(`${outcomes}/api/v1/reports/summary.html?project=${DEMO_PROJECT}`, 'summary.html')} && xdg-open summary.html
  The regions, the evaluator's participant-level extract (logged, marked confidential):
    ${curl(`${outcomes}/api/v1/reports/regions?project=${DEMO_PROJECT}`)}
    ${curl(`${outcomes}/api/v1/reports/participant-extract?purpose=evaluation&format=xlsx`, 'extract.xlsx')}
  The learning outcomes: what clients did themselves (their inventories, profile texts, CVs) beside what advisors recorded:
    ${curl(`${outcomes}/api/v1/reports/learning-outcomes?project=${DEMO_PROJECT}`)}
  One CV (advisor ${advisor}):
    ${token('advisor', advisor)}
    ${firstCv ? curl(`${documents}/api/v1/documents/${firstCv.cvDocumentId}/content`, 'cv.pdf') : '(no CV made)'}
  ${advisor}'s worklist (what needs doing, most urgent first), agenda and clients, with the advisor's token above:
    ${curl(`${scheduling}/api/v1/worklists/me`)}
    ${curl(`${scheduling}/api/v1/advisors/${advisor}/agenda?from=2000-01-01`)}
    ${curl(`${intake}/api/v1/clients?advisorId=${advisor}&purpose=guidance`)}
  One client's audit trail (every event about them in every service):
    ${curl(`${intake}/api/v1/clients/${results[0].clientId}/audit-trail`)}
  One client's career plan, as agreed and rendered (advisor ${planDocument?.advisor ?? ''}), and as the client sees it with their own token:
    ${planDocument ? `${token('advisor', planDocument.advisor)}` : '(no plan agreed)'}
    ${planDocument ? curl(`${documents}/api/v1/documents/${planDocument.documentId}/content`, 'career-plan.pdf') : ''}
    ${planDocument ? `TOKEN=$(npm run -s token -- --role client --org ${oulu.code} --identity-code ${planDocument.identityCode})` : ''}
    ${planDocument ? `${curl(`${scheduling}/api/v1/me/career-plan`)}; ${curl(`${scheduling}/api/v1/me/career-plan/versions/${planDocument.version}`)}` : ''}
  API documentation: ${intake}/docs (and /docs on every service)
`);
}

main().catch((error: unknown) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
