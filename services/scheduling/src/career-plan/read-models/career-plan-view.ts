import { isErased } from '@career/privacy';
import type { AgreedPlan } from '../domain/agreed-version';
import type { GoalKind, GoalWhat, Party, StepLink, StepProgressEntry } from '../domain/career-plan.events';
import type { CareerPlanState, Goal, GoalStatus, PlanDetails, Step, StepStatus } from '../domain/career-plan.state';

/**
 * Who reads the plan: the advisor sees everything; a coordinator and the client see goals,
 * steps and reviews but never the advisor's review notes.
 */
export type PlanReader = 'advisor' | 'coordinator' | 'client';

export interface StepView {
  stepId: string;
  /** Absent once the client's personal data was destroyed (`erased` on the plan says so). */
  title?: string;
  owner: Party;
  dueDate: string;
  link?: StepLink;
  status: StepStatus;
  addedBy: Party;
  addedAt: string;
  doneBy?: Party;
  doneAt?: string;
  droppedAt?: string;
  dropReason?: string;
}

export interface GoalView {
  goalId: string;
  kind: GoalKind;
  what?: GoalWhat;
  targetDate: string;
  status: GoalStatus;
  setAt: string;
  achievedAt?: string;
  droppedAt?: string;
  dropReason?: string;
  steps: StepView[];
}

export interface ReviewView {
  reviewId: string;
  meetingId: string;
  reviewedAt: string;
  progress: StepProgressEntry[];
  /** The advisor's notes: advisors only. */
  notes?: string;
}

export interface CareerPlanView {
  planId: string;
  processId: string;
  clientId: string;
  status: 'open' | 'closed';
  /** The day the plan began (its process opened): no date in it is earlier. */
  startedOn: string;
  closedAt?: string;
  /** The stream revision: the `ETag`, and what If-Match sends back to confirm exactly this draft. */
  revision: number;
  draft: {
    version: number;
    agreed: boolean;
    confirmedAt: Partial<Record<Party, string>>;
    goals: GoalView[];
  };
  /** Oldest first; each readable at `links.self` exactly as agreed. */
  agreedVersions: { version: number; goalKinds: GoalKind[]; agreedAt: string; links: { self: string } }[];
  reviews: ReviewView[];
  /** True when some text could not be shown because the client's personal data was destroyed. */
  erased: boolean;
}

export interface AgreedVersionView {
  planId: string;
  processId: string;
  clientId: string;
  organisation: string;
  version: number;
  agreedAt: string;
  /** The stream revision of the agreement: with plan id and version, a document's provenance. */
  revision: number;
  startedOn: string;
  confirmedAt: Partial<Record<Party, string>>;
  goals: GoalView[];
  erased: boolean;
}

/** Texts as decrypted, or left out (and `erased` set) once the client's key was destroyed. */
class Texts {
  erased = false;
  text(value: unknown): string | undefined {
    if (isErased(value)) {
      this.erased = true;
      return undefined;
    }
    return typeof value === 'string' ? value : undefined;
  }
  what(value: GoalWhat): GoalWhat | undefined {
    if (isErased(value)) {
      this.erased = true;
      return undefined;
    }
    return value.escoUri === undefined ? { label: value.label } : { label: value.label, escoUri: value.escoUri };
  }
}

export function careerPlanView(state: Exclude<CareerPlanState, { status: 'Empty' }>, revision: number, reader: PlanReader, linkBase: string): CareerPlanView {
  const texts = new Texts();
  const view: CareerPlanView = {
    planId: state.planId,
    processId: state.processId,
    clientId: state.clientId,
    status: state.status === 'Open' ? 'open' : 'closed',
    startedOn: state.startedOn,
    ...(state.status === 'Closed' ? { closedAt: state.closedAt } : {}),
    revision,
    draft: { version: state.draft.version, agreed: state.draft.agreed, confirmedAt: { ...state.draft.confirmedAt }, goals: goalViews(state, texts) },
    agreedVersions: state.agreed.map(({ version, goalKinds, agreedAt }) => ({ version, goalKinds, agreedAt, links: { self: `${linkBase}/versions/${version}` } })),
    reviews: state.reviews.map((review) => {
      const notes = reader === 'advisor' ? texts.text(review.notes) : undefined;
      return { reviewId: review.reviewId, meetingId: review.meetingId, reviewedAt: review.reviewedAt, progress: review.progress, ...(notes !== undefined ? { notes } : {}) };
    }),
    erased: false,
  };
  view.erased = texts.erased;
  return view;
}

export function agreedVersionView(agreed: AgreedPlan): AgreedVersionView {
  const texts = new Texts();
  const { plan, agreement, revision } = agreed;
  const goals = goalViews(plan, texts);
  return {
    planId: plan.planId,
    processId: plan.processId,
    clientId: plan.clientId,
    organisation: plan.organisation,
    version: agreement.version,
    agreedAt: agreement.agreedAt,
    revision,
    startedOn: plan.startedOn,
    confirmedAt: { ...plan.draft.confirmedAt },
    goals,
    erased: texts.erased,
  };
}

function goalViews(plan: PlanDetails, texts: Texts): GoalView[] {
  return plan.goals.map((goal) => goalView(goal, plan.steps.filter((s) => s.goalId === goal.goalId), texts));
}

function goalView(goal: Goal, steps: Step[], texts: Texts): GoalView {
  const what = texts.what(goal.what);
  const dropReason = goal.dropReason === undefined ? undefined : texts.text(goal.dropReason);
  return {
    goalId: goal.goalId,
    kind: goal.kind,
    ...(what ? { what } : {}),
    targetDate: goal.targetDate,
    status: goal.status,
    setAt: goal.setAt,
    ...(goal.achievedAt ? { achievedAt: goal.achievedAt } : {}),
    ...(goal.droppedAt ? { droppedAt: goal.droppedAt } : {}),
    ...(dropReason !== undefined ? { dropReason } : {}),
    steps: steps.map((step) => stepView(step, texts)),
  };
}

function stepView(step: Step, texts: Texts): StepView {
  const title = texts.text(step.title);
  const dropReason = step.dropReason === undefined ? undefined : texts.text(step.dropReason);
  return {
    stepId: step.stepId,
    ...(title !== undefined ? { title } : {}),
    owner: step.owner,
    dueDate: step.dueDate,
    ...(step.link ? { link: step.link } : {}),
    status: step.status,
    addedBy: step.addedBy,
    addedAt: step.addedAt,
    ...(step.doneBy ? { doneBy: step.doneBy, doneAt: step.doneAt } : {}),
    ...(step.droppedAt ? { droppedAt: step.droppedAt } : {}),
    ...(dropReason !== undefined ? { dropReason } : {}),
  };
}
