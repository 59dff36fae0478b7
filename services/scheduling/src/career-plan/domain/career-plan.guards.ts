// The checks the career-plan commands share: each returns what it checked or throws the refusal
// whose kind picks the HTTP answer (404 not-found, 400 invalid, 409 conflict).
import { compareDates, isCalendarDate } from '@career/calendar';
import { refuse } from '../../scheduling.errors';
import type { GoalWhat, Party } from './career-plan.events';
import type { CareerPlanState, Goal, PlanDetails, Step } from './career-plan.state';

export type OpenPlanState = Extract<CareerPlanState, { status: 'Open' }>;

/** An ESCO occupation concept as ESCO publishes it: `/esco/occupation/` and a UUID. */
export const ESCO_OCCUPATION_URI = /^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Any change after the process (and so the plan) closed is refused. */
export function requireOpen(state: CareerPlanState): OpenPlanState {
  if (state.status === 'Empty') throw refuse('PLAN.NOT_FOUND');
  if (state.status === 'Closed') throw refuse('PLAN.CLOSED', { planId: state.planId });
  return state;
}

export function requireGoal(plan: PlanDetails, goalId: string): Goal {
  const goal = plan.goals.find((g) => g.goalId === goalId);
  if (!goal) throw refuse('PLAN.GOAL_NOT_FOUND', { goalId });
  return goal;
}

export function requireActiveGoal(goal: Goal): Goal {
  if (goal.status !== 'active') throw refuse('PLAN.GOAL_NOT_ACTIVE', { goalId: goal.goalId, status: goal.status }, `The goal is already ${goal.status}.`);
  return goal;
}

/** The goal a new step goes under: missing or unknown is the rule "a step belongs to a goal" (409). */
export function requireGoalForStep(plan: PlanDetails, goalId: string | undefined): Goal {
  const goal = goalId === undefined ? undefined : plan.goals.find((g) => g.goalId === goalId);
  if (!goal) throw refuse('PLAN.STEP_WITHOUT_GOAL', goalId === undefined ? {} : { goalId });
  return requireActiveGoal(goal);
}

export function requireStep(plan: PlanDetails, stepId: string): Step {
  const step = plan.steps.find((s) => s.stepId === stepId);
  if (!step) throw refuse('PLAN.STEP_NOT_FOUND', { stepId });
  return step;
}

export function requireOpenStep(step: Step): Step {
  if (step.status !== 'open') throw refuse('PLAN.STEP_NOT_OPEN', { stepId: step.stepId, status: step.status }, `The step is already ${step.status}.`);
  return step;
}

/** A client acts on steps they do themselves only; the advisor on any. */
export function requireOwnStepFor(by: Party, owner: Party, stepId?: string): void {
  if (by === 'client' && owner !== 'client') throw refuse('PLAN.NOT_CLIENTS_STEP', stepId ? { stepId } : {});
}

/** A real calendar day, not before the day the plan began. */
export function requirePlanDate(plan: PlanDetails, date: string, field: 'targetDate' | 'dueDate'): string {
  if (!isCalendarDate(date)) throw refuse('PLAN.INVALID_DATE', { field }, `${field} must be a calendar date YYYY-MM-DD.`);
  if (compareDates(date, plan.startedOn) < 0) {
    throw refuse('PLAN.DATE_BEFORE_START', { field, startedOn: plan.startedOn }, `${field} cannot be before the day the plan began (${plan.startedOn}).`);
  }
  return date;
}

/** A text the rule needs; blank is refused naming the field (400). */
export function requireText(value: string | undefined, field: string): string {
  if (!value?.trim()) throw refuse('PLAN.TEXT_REQUIRED', { field }, `${field} cannot be blank.`);
  return value;
}

export function requireWhat(what: GoalWhat): GoalWhat {
  requireText(what.label, 'what.label');
  if (what.escoUri !== undefined && !ESCO_OCCUPATION_URI.test(what.escoUri)) throw refuse('PLAN.INVALID_ESCO_URI', { field: 'what.escoUri' });
  return what.escoUri === undefined ? { label: what.label } : { label: what.label, escoUri: what.escoUri };
}
