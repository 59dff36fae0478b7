import { assertNever } from '@career/event-sourcing';
import type { CareerPlanEvent, GoalKind, GoalWhat, Party, StepLink, StepProgressEntry } from './career-plan.events';

export type GoalStatus = 'active' | 'achieved' | 'dropped';
export type StepStatus = 'open' | 'done' | 'dropped';

/**
 * The plan's content is carried in the state (texts included): the views and each agreed
 * version are read from it. No rule reads a text; folded from stored events without decrypting
 * (CommandSide.standing) the texts are ciphertext, which is why nothing but a view touches them.
 */
export interface Goal {
  goalId: string;
  kind: GoalKind;
  what: GoalWhat;
  targetDate: string;
  status: GoalStatus;
  setAt: string;
  achievedAt?: string;
  droppedAt?: string;
  dropReason?: string;
}

export interface Step {
  stepId: string;
  goalId: string;
  title: string;
  owner: Party;
  dueDate: string;
  link?: StepLink;
  status: StepStatus;
  addedBy: Party;
  addedAt: string;
  doneAt?: string;
  doneBy?: Party;
  droppedAt?: string;
  dropReason?: string;
}

/**
 * The version the parties are working on. `agreed` once both confirmed it; the next change of
 * goals or steps then starts version + 1. Any change clears the confirmations of the draft,
 * so both parties always confirm the same content.
 */
export interface Draft {
  version: number;
  agreed: boolean;
  confirmedAt: Partial<Record<Party, string>>;
}

export interface AgreedVersion {
  version: number;
  goalKinds: GoalKind[];
  agreedAt: string;
}

export interface Review {
  reviewId: string;
  meetingId: string;
  progress: StepProgressEntry[];
  notes: string;
  reviewedAt: string;
}

export interface PlanDetails {
  planId: string;
  processId: string;
  clientId: string;
  organisation: string;
  /** The Helsinki day the plan (its process) began: no goal or step can be due before it. */
  startedOn: string;
  startedAt: string;
  goals: Goal[];
  steps: Step[];
  draft: Draft;
  /** Oldest first. */
  agreed: AgreedVersion[];
  reviews: Review[];
}

export type CareerPlanState =
  | { status: 'Empty' }
  | ({ status: 'Open' } & PlanDetails)
  | ({ status: 'Closed'; closedAt: string } & PlanDetails);

export const initialCareerPlanState = (): CareerPlanState => ({ status: 'Empty' });

export function evolveCareerPlan(state: CareerPlanState, event: CareerPlanEvent): CareerPlanState {
  switch (event.type) {
    case 'CareerPlanStarted': {
      const { planId, processId, clientId, organisation, startedOn, startedAt } = event.data;
      return {
        status: 'Open',
        planId,
        processId,
        clientId,
        organisation,
        startedOn,
        startedAt,
        goals: [],
        steps: [],
        draft: { version: 1, agreed: false, confirmedAt: {} },
        agreed: [],
        reviews: [],
      };
    }
    case 'CareerGoalSet': {
      const { goalId, kind, what, targetDate, version, setAt } = event.data;
      return changed(state, version, (p) => ({ ...p, goals: [...p.goals, { goalId, kind, what, targetDate, status: 'active', setAt }] }));
    }
    case 'CareerGoalRevised': {
      const { goalId, kind, what, targetDate, version } = event.data;
      return changed(state, version, (p) => withGoal(p, goalId, (g) => ({ ...g, kind, what, targetDate })));
    }
    case 'CareerGoalAchieved':
      return changed(state, event.data.version, (p) => withGoal(p, event.data.goalId, (g) => ({ ...g, status: 'achieved', achievedAt: event.data.achievedAt })));
    case 'CareerGoalDropped': {
      const { goalId, reason, droppedAt, version } = event.data;
      return changed(state, version, (p) => withGoal(p, goalId, (g) => ({ ...g, status: 'dropped', droppedAt, dropReason: reason })));
    }
    case 'CareerStepAdded': {
      const { stepId, goalId, title, owner, dueDate, link, addedBy, addedAt, version } = event.data;
      const step: Step = { stepId, goalId, title, owner, dueDate, ...(link ? { link } : {}), status: 'open', addedBy, addedAt };
      return changed(state, version, (p) => ({ ...p, steps: [...p.steps, step] }));
    }
    case 'CareerStepRevised': {
      const { stepId, goalId, title, owner, dueDate, link, version } = event.data;
      return changed(state, version, (p) =>
        withStep(p, stepId, ({ link: _old, ...s }) => ({ ...s, goalId, title, owner, dueDate, ...(link ? { link } : {}) })),
      );
    }
    case 'CareerStepDone': {
      const { stepId, doneBy, doneAt, version } = event.data;
      return changed(state, version, (p) => withStep(p, stepId, (s) => ({ ...s, status: 'done', doneBy, doneAt })));
    }
    case 'CareerStepDropped': {
      const { stepId, reason, droppedAt, version } = event.data;
      return changed(state, version, (p) => withStep(p, stepId, (s) => ({ ...s, status: 'dropped', droppedAt, dropReason: reason })));
    }
    case 'CareerPlanVersionConfirmed':
      return mapDetails(state, (p) => ({ ...p, draft: { ...p.draft, confirmedAt: { ...p.draft.confirmedAt, [event.data.by]: event.data.confirmedAt } } }));
    case 'CareerPlanAgreed': {
      const { version, goalKinds, agreedAt } = event.data;
      return mapDetails(state, (p) => ({ ...p, draft: { ...p.draft, agreed: true }, agreed: [...p.agreed, { version, goalKinds, agreedAt }] }));
    }
    case 'CareerPlanReviewed': {
      const { reviewId, meetingId, progress, notes, reviewedAt } = event.data;
      return mapDetails(state, (p) => ({ ...p, reviews: [...p.reviews, { reviewId, meetingId, progress, notes, reviewedAt }] }));
    }
    case 'CareerPlanClosed':
      return state.status === 'Open' ? { ...state, status: 'Closed', closedAt: event.data.closedAt } : state;
    default:
      return assertNever(event);
  }
}

/** The draft version the next change of goals or steps belongs to. */
export function versionForChange(draft: Draft): number {
  return draft.agreed ? draft.version + 1 : draft.version;
}

/** Goals that count for an agreement: every goal not dropped. */
export function standingGoals(plan: Pick<PlanDetails, 'goals'>): Goal[] {
  return plan.goals.filter((goal) => goal.status !== 'dropped');
}

/** A change of goals or steps: it belongs to draft `version`, and clears the draft's confirmations. */
function changed(state: CareerPlanState, version: number, change: (plan: PlanDetails) => PlanDetails): CareerPlanState {
  return mapDetails(state, (p) => {
    const draft: Draft = version === p.draft.version ? { ...p.draft, confirmedAt: {} } : { version, agreed: false, confirmedAt: {} };
    return { ...change(p), draft };
  });
}

function mapDetails(state: CareerPlanState, change: (plan: PlanDetails) => PlanDetails): CareerPlanState {
  if (state.status === 'Empty') return state;
  return { ...state, ...change(state) };
}

function withGoal(plan: PlanDetails, goalId: string, change: (goal: Goal) => Goal): PlanDetails {
  return { ...plan, goals: plan.goals.map((g) => (g.goalId === goalId ? change(g) : g)) };
}

function withStep(plan: PlanDetails, stepId: string, change: (step: Step) => Step): PlanDetails {
  return { ...plan, steps: plan.steps.map((s) => (s.stepId === stepId ? change(s) : s)) };
}
