import { addDays } from '@career/calendar';
import { eventually, expectStatus, request, type Answer } from './demo-http';
import type { ClientPlan } from './demo-plan';

type Party = 'client' | 'advisor';
type StepLink = { kind: 'meeting' | 'group-session' | 'licence-training' | 'document'; id: string };

export interface StepDraft {
  title: string;
  owner: Party;
  dueDate: string;
  link?: StepLink;
}
export interface GoalDraft {
  kind: 'employment' | 'study' | 'own-business' | 'other';
  what: { label: string; escoUri?: string };
  targetDate: string;
  steps: StepDraft[];
}

interface StepView {
  stepId: string;
  title?: string;
  owner: Party;
  status: 'open' | 'done' | 'dropped';
}
interface PlanView {
  planId: string;
  status: 'open' | 'closed';
  draft: { version: number; agreed: boolean; confirmedAt: Partial<Record<Party, string>>; goals: { goalId: string; what?: { label: string }; steps: StepView[] }[] };
  agreedVersions: { version: number }[];
  reviews: unknown[];
}

/** ESCO's occupation concept "warehouse worker", as skills-assessment's occupation requirements name it. */
const WAREHOUSE_WORKER = 'http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f';

/**
 * The goals and steps an advisor drafts with the client after the initial assessment
 * (docs/domain.md#the-career-plan), decided by the client's number: a job as a warehouse
 * worker, steps for each party with due dates from today (no date may precede the day the plan
 * began), the licence training linked where there is one; every third client a second goal,
 * further studies.
 */
export function planDraftOf(plan: ClientPlan, today: string, referralId?: string): GoalDraft[] {
  const due = (days: number) => addDays(today, days);
  const main: GoalDraft = {
    kind: 'employment',
    what: { label: 'Varastotyöntekijä', escoUri: WAREHOUSE_WORKER },
    targetDate: due(120),
    steps: [
      { title: 'Päivitä osaamispohjainen CV', owner: 'client', dueDate: due(7) },
      { title: 'Hae kolmeen avoimeen paikkaan', owner: 'client', dueDate: due(21) },
      plan.licence && referralId
        ? { title: 'Suorita kortti- tai lupakoulutus', owner: 'advisor', dueDate: due(28), link: { kind: 'licence-training', id: referralId } }
        : { title: 'Etsi sopivat työnantajat ja koulutukset', owner: 'advisor', dueDate: due(14) },
    ],
  };
  if (plan.index % 3 !== 0) return [main];
  const second: GoalDraft = {
    kind: 'study',
    what: { label: 'Trukinkuljettajan lisäkoulutus' },
    targetDate: due(240),
    steps: [
      { title: 'Selvitä koulutusten hakuajat', owner: 'client', dueDate: due(30) },
      { title: 'Varaa aika opinto-ohjaajalle', owner: 'advisor', dueDate: due(35) },
    ],
  };
  return [main, second];
}

export interface PlanJourney {
  scheduling: string;
  processPath: string;
  advisor: string;
  client: string;
  today: string;
  /** A held meeting of the process after the draft, for the review (made by the caller). */
  reviewMeeting?: () => Promise<string>;
  key: (...parts: (string | number)[]) => string;
  what: string;
}

export interface PlanResult {
  planId: string;
  agreedVersion?: number;
}

/**
 * One client's career plan: drafted by the advisor, read and confirmed by the client with their
 * own token, confirmed by the advisor (agreed), the client's first steps marked done by the
 * client, and for some a review at a later meeting. Each part found done on a second run.
 */
export async function careerPlanJourney(plan: ClientPlan, draft: GoalDraft[], journey: PlanJourney): Promise<PlanResult> {
  const { scheduling, processPath, advisor, client, key, what } = journey;
  const planPath = `${processPath}/career-plan`;
  const read = async (token: string, path: string) => {
    const answer = expectStatus(await request(scheduling, 'GET', path, { token }), [200], `the career plan of ${what}`);
    return { view: answer.json as unknown as PlanView, etag: String(answer.headers.get('etag')) };
  };
  // The plan opens with the process (scheduling's lifecycle subscriber): a moment after it.
  await eventually(`the career plan of ${what}`, async () => ((await request(scheduling, 'GET', planPath, { token: advisor })).status === 200 ? true : undefined));
  let { view } = await read(advisor, planPath);
  if (view.status === 'closed') return { planId: view.planId, ...agreedOf(view) };

  // The advisor drafts what is missing, goals found by what they aim at and steps by title.
  for (const [g, goal] of draft.entries()) {
    let goalId = view.draft.goals.find((existing) => existing.what?.label === goal.what.label)?.goalId;
    if (!goalId) {
      const set = await request(scheduling, 'POST', `${planPath}/goals`, { token: advisor, body: { kind: goal.kind, what: goal.what, targetDate: goal.targetDate }, idempotencyKey: key('plan-goal', g) });
      goalId = expectStatus(set, [201], `goal ${g} of ${what}`).json.goalId as string;
    }
    const steps = view.draft.goals.find((existing) => existing.goalId === goalId)?.steps ?? [];
    for (const [s, step] of goal.steps.entries()) {
      if (steps.some((existing) => existing.title === step.title)) continue;
      expectStatus(await request(scheduling, 'POST', `${planPath}/steps`, { token: advisor, body: { goalId, ...step }, idempotencyKey: key('plan-step', g, s) }), [201], `step ${g}.${s} of ${what}`);
    }
  }

  // Agreement: each party confirms the draft they read (its ETag as If-Match); the client first, with their own token.
  ({ view } = await read(advisor, planPath));
  if (view.agreedVersions.length === 0) {
    const mine = await read(client, '/api/v1/me/career-plan');
    if (!mine.view.draft.confirmedAt.client) await confirm(scheduling, '/api/v1/me/career-plan/confirmations', client, mine, `the client's confirmation of ${what}`);
    const theirs = await read(advisor, planPath);
    if (!theirs.view.draft.agreed) await confirm(scheduling, `${planPath}/confirmations`, advisor, theirs, `the advisor's confirmation of ${what}`);
  }

  // The client marks their first step done (most clients): the change starts the next draft.
  ({ view } = await read(client, '/api/v1/me/career-plan'));
  const clientSteps = view.draft.goals.flatMap((goal) => goal.steps).filter((step) => step.owner === 'client');
  for (const step of clientSteps.slice(0, plan.planStepsDone)) {
    if (step.status !== 'open') continue;
    expectStatus(await request(scheduling, 'POST', `/api/v1/me/career-plan/steps/${step.stepId}/done`, { token: client }), [200], `a step of ${what} done`, ['PLAN.STEP_NOT_OPEN']);
  }

  // A review at a later meeting: how each step stands, and the advisor's note.
  ({ view } = await read(advisor, planPath));
  if (journey.reviewMeeting && view.reviews.length === 0) {
    const meetingId = await journey.reviewMeeting();
    const progress = view.draft.goals.flatMap((goal) => goal.steps).map((step, n) => ({ stepId: step.stepId, progress: step.status === 'done' ? 'done' : n % 3 === 0 ? 'in-progress' : 'not-started' }));
    const body = { meetingId, progress, notes: 'Demo: edistytään suunnitelman mukaan.' };
    expectStatus(await request(scheduling, 'POST', `${planPath}/reviews`, { token: advisor, body, idempotencyKey: key('plan-review') }), [201], `the review of ${what}`);
  }
  return { planId: view.planId, ...agreedOf(view) };
}

function agreedOf(view: PlanView): { agreedVersion?: number } {
  const latest = view.agreedVersions.at(-1);
  return latest ? { agreedVersion: latest.version } : {};
}

async function confirm(scheduling: string, path: string, token: string, read: { view: PlanView; etag: string }, what: string): Promise<Answer> {
  const body = { version: read.view.draft.version };
  return expectStatus(await request(scheduling, 'POST', path, { token, body, headers: { 'if-match': read.etag } }), [200], what);
}
