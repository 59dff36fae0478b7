import { helsinkiDate } from '@career/calendar';
import { assertNever, type Decider } from '@career/event-sourcing';
import { refuse } from '../../scheduling.errors';
import type { AddStep, CareerPlanCommand, ConfirmVersion, DropGoal, RecordReview, ReviseGoal, ReviseStep } from './career-plan.commands';
import type { CareerPlanEvent, CareerStepDropped, GoalKind, Party, StepLink } from './career-plan.events';
import {
  requireActiveGoal,
  requireGoal,
  requireGoalForStep,
  requireOpen,
  requireOpenStep,
  requireOwnStepFor,
  requirePlanDate,
  requireStep,
  requireText,
  requireWhat,
  type OpenPlanState,
} from './career-plan.guards';
import { evolveCareerPlan, initialCareerPlanState, standingGoals, versionForChange, type CareerPlanState } from './career-plan.state';

/**
 * The career plan of one guidance process (docs/domain.md#the-career-plan): goals with steps,
 * agreed version by version by the client and the advisor, reviewed at the process's meetings,
 * closed with the process.
 */
export const careerPlanDecider: Decider<CareerPlanState, CareerPlanCommand, CareerPlanEvent> = {
  initialState: initialCareerPlanState,
  evolve: evolveCareerPlan,

  decide(command, state) {
    const now = command.metadata.now.toISOString();
    switch (command.type) {
      case 'OpenPlan': {
        // Sent for every ProcessOpened the lifecycle subscriber sees, replays included: once is enough.
        if (state.status !== 'Empty') return [];
        const { planId, processId, clientId, organisation, openedAt } = command.data;
        return [{ type: 'CareerPlanStarted', data: { planId, processId, clientId, organisation, startedOn: helsinkiDate(new Date(openedAt)), startedAt: openedAt } }];
      }
      case 'ClosePlan':
        if (state.status === 'Empty') throw refuse('PLAN.NOT_FOUND');
        return state.status === 'Closed' ? [] : [{ type: 'CareerPlanClosed', data: { closedAt: now } }];
      case 'SetGoal': {
        const plan = requireOpen(state);
        const { goalId, kind } = command.data;
        if (plan.goals.some((g) => g.goalId === goalId)) throw refuse('PLAN.GOAL_EXISTS', { goalId });
        const what = requireWhat(command.data.what);
        const targetDate = requirePlanDate(plan, command.data.targetDate, 'targetDate');
        return [{ type: 'CareerGoalSet', data: { goalId, kind, what, targetDate, version: versionForChange(plan.draft), setAt: now } }];
      }
      case 'ReviseGoal':
        return reviseGoal(command, requireOpen(state));
      case 'AchieveGoal': {
        const plan = requireOpen(state);
        const goal = requireActiveGoal(requireGoal(plan, command.data.goalId));
        return [
          { type: 'CareerGoalAchieved', data: { goalId: goal.goalId, kind: goal.kind, targetDate: goal.targetDate, version: versionForChange(plan.draft), achievedAt: now } },
        ];
      }
      case 'DropGoal':
        return dropGoal(command, requireOpen(state));
      case 'AddStep':
        return addStep(command, requireOpen(state));
      case 'ReviseStep':
        return reviseStep(command, requireOpen(state));
      case 'CompleteStep': {
        const plan = requireOpen(state);
        const step = requireOpenStep(requireStep(plan, command.data.stepId));
        requireOwnStepFor(command.data.by, step.owner, step.stepId);
        const { stepId, goalId, owner, dueDate } = step;
        return [{ type: 'CareerStepDone', data: { stepId, goalId, owner, dueDate, doneBy: command.data.by, version: versionForChange(plan.draft), doneAt: now } }];
      }
      case 'DropStep': {
        const plan = requireOpen(state);
        const step = requireOpenStep(requireStep(plan, command.data.stepId));
        const reason = requireText(command.data.reason, 'reason');
        const { stepId, goalId, owner, dueDate } = step;
        return [{ type: 'CareerStepDropped', data: { stepId, goalId, owner, dueDate, reason, version: versionForChange(plan.draft), droppedAt: now } }];
      }
      case 'ConfirmVersion':
        return confirmVersion(command, requireOpen(state));
      case 'RecordReview':
        return recordReview(command, requireOpen(state));
      default:
        return assertNever(command);
    }
  },
};

function reviseGoal(command: ReviseGoal, plan: OpenPlanState): CareerPlanEvent[] {
  const goal = requireActiveGoal(requireGoal(plan, command.data.goalId));
  const kind = command.data.kind ?? goal.kind;
  const what = command.data.what === undefined ? goal.what : requireWhat(command.data.what);
  const targetDate = command.data.targetDate === undefined ? goal.targetDate : requirePlanDate(plan, command.data.targetDate, 'targetDate');
  const unchanged = kind === goal.kind && targetDate === goal.targetDate && what.label === goal.what.label && what.escoUri === goal.what.escoUri;
  if (unchanged) return [];
  return [
    { type: 'CareerGoalRevised', data: { goalId: goal.goalId, kind, what, targetDate, version: versionForChange(plan.draft), revisedAt: command.metadata.now.toISOString() } },
  ];
}

/** The goal's open steps go with it, for the same reason: nothing is left open under a dropped goal. */
function dropGoal(command: DropGoal, plan: OpenPlanState): CareerPlanEvent[] {
  const goal = requireActiveGoal(requireGoal(plan, command.data.goalId));
  const reason = requireText(command.data.reason, 'reason');
  const version = versionForChange(plan.draft);
  const at = command.metadata.now.toISOString();
  const steps: CareerStepDropped[] = plan.steps
    .filter((s) => s.goalId === goal.goalId && s.status === 'open')
    .map(({ stepId, goalId, owner, dueDate }) => ({ type: 'CareerStepDropped', data: { stepId, goalId, owner, dueDate, reason, version, droppedAt: at } }));
  return [...steps, { type: 'CareerGoalDropped', data: { goalId: goal.goalId, kind: goal.kind, targetDate: goal.targetDate, reason, version, droppedAt: at } }];
}

function addStep(command: AddStep, plan: OpenPlanState): CareerPlanEvent[] {
  const { stepId, owner, link, by } = command.data;
  const goal = requireGoalForStep(plan, command.data.goalId);
  if (plan.steps.some((s) => s.stepId === stepId)) throw refuse('PLAN.STEP_EXISTS', { stepId });
  requireOwnStepFor(by, owner);
  const title = requireText(command.data.title, 'title');
  const dueDate = requirePlanDate(plan, command.data.dueDate, 'dueDate');
  return [
    {
      type: 'CareerStepAdded',
      data: {
        stepId,
        goalId: goal.goalId,
        title,
        owner,
        dueDate,
        ...(link ? { link: linkOf(link) } : {}),
        addedBy: by,
        version: versionForChange(plan.draft),
        addedAt: command.metadata.now.toISOString(),
      },
    },
  ];
}

function reviseStep(command: ReviseStep, plan: OpenPlanState): CareerPlanEvent[] {
  const step = requireOpenStep(requireStep(plan, command.data.stepId));
  const title = command.data.title === undefined ? step.title : requireText(command.data.title, 'title');
  const owner = command.data.owner ?? step.owner;
  const dueDate = command.data.dueDate === undefined ? step.dueDate : requirePlanDate(plan, command.data.dueDate, 'dueDate');
  const link = command.data.link === undefined ? step.link : command.data.link === null ? undefined : linkOf(command.data.link);
  const unchanged =
    title === step.title && owner === step.owner && dueDate === step.dueDate && link?.kind === step.link?.kind && link?.id === step.link?.id;
  if (unchanged) return [];
  return [
    {
      type: 'CareerStepRevised',
      data: {
        stepId: step.stepId,
        goalId: step.goalId,
        title,
        owner,
        dueDate,
        ...(link ? { link } : {}),
        version: versionForChange(plan.draft),
        revisedAt: command.metadata.now.toISOString(),
      },
    },
  ];
}

/**
 * A party confirms the draft they saw. Confirming again, or an agreed draft, changes nothing;
 * the second party's confirmation of the same draft agrees it.
 */
function confirmVersion(command: ConfirmVersion, plan: OpenPlanState): CareerPlanEvent[] {
  const { version, by } = command.data;
  const { draft } = plan;
  if (version !== draft.version) {
    throw refuse('PLAN.VERSION_NOT_CURRENT', { version, current: draft.version }, `Only the current draft, version ${draft.version}, can be confirmed.`);
  }
  if (draft.agreed || draft.confirmedAt[by]) return [];
  const goals = standingGoals(plan);
  if (goals.length === 0) throw refuse('PLAN.NO_GOAL');
  const at = command.metadata.now.toISOString();
  const other: Party = by === 'client' ? 'advisor' : 'client';
  const confirmed: CareerPlanEvent = { type: 'CareerPlanVersionConfirmed', data: { version, by, confirmedAt: at } };
  if (!draft.confirmedAt[other]) return [confirmed];
  const goalKinds = [...new Set(goals.map((g) => g.kind))].sort() as GoalKind[];
  return [confirmed, { type: 'CareerPlanAgreed', data: { version, goalKinds, agreedAt: at } }];
}

/** Reviews record how the steps stand; they are not content, so no new draft starts. */
function recordReview(command: RecordReview, plan: OpenPlanState): CareerPlanEvent[] {
  const { reviewId, meetingId, meeting, progress, notes } = command.data;
  if (plan.reviews.some((r) => r.reviewId === reviewId)) throw refuse('PLAN.REVIEW_EXISTS', { reviewId });
  if (!meeting) throw refuse('MEETING.NOT_FOUND', { meetingId });
  if (meeting.status === 'cancelled' || meeting.status === 'no-show') throw refuse('PLAN.REVIEW_MEETING_NOT_HELD', { meetingId, status: meeting.status });
  const stepIds = progress.map((entry) => entry.stepId);
  if (new Set(stepIds).size !== stepIds.length) throw refuse('PLAN.INVALID_PROGRESS', { field: 'progress' });
  const unknown = stepIds.filter((id) => !plan.steps.some((s) => s.stepId === id));
  if (unknown.length > 0) throw refuse('PLAN.UNKNOWN_STEP', { stepIds: unknown });
  return [
    {
      type: 'CareerPlanReviewed',
      data: { reviewId, meetingId, progress: progress.map(({ stepId, progress: p }) => ({ stepId, progress: p })), notes, reviewedAt: command.metadata.now.toISOString() },
    },
  ];
}

function linkOf({ kind, id }: StepLink): StepLink {
  return { kind, id };
}
