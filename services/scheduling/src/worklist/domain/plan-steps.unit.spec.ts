import type { CareerPlanEvent } from '../../career-plan/domain/career-plan.events';
import { deadlineChangeOf, planStepReasons, type DeadlineChange } from './plan-steps';
import type { Deadline } from './worklist.reasons';

const added = (stepId: string, dueDate: string, owner: 'client' | 'advisor' = 'client'): CareerPlanEvent => ({
  type: 'CareerStepAdded',
  data: { stepId, goalId: 'g-1', title: 'Soita Rinteen Puutarhalle', owner, dueDate, addedBy: 'advisor', version: 1, addedAt: '2026-03-02T10:00:00.000Z' },
});
const revised = (stepId: string, dueDate: string): CareerPlanEvent => ({
  type: 'CareerStepRevised',
  data: { stepId, goalId: 'g-1', title: 'Soita Rinteen Puutarhalle ja Lepolalle', owner: 'client', dueDate, version: 1, revisedAt: '2026-03-03T10:00:00.000Z' },
});
const done = (stepId: string): CareerPlanEvent => ({
  type: 'CareerStepDone',
  data: { stepId, goalId: 'g-1', owner: 'client', dueDate: '2026-03-10', doneBy: 'client', version: 1, doneAt: '2026-03-09T10:00:00.000Z' },
});
const dropped = (stepId: string): CareerPlanEvent => ({
  type: 'CareerStepDropped',
  data: { stepId, goalId: 'g-1', owner: 'client', dueDate: '2026-03-10', reason: 'muutti', version: 2, droppedAt: '2026-03-09T10:00:00.000Z' },
});
const closed: CareerPlanEvent = { type: 'CareerPlanClosed', data: { closedAt: '2026-04-01T10:00:00.000Z' } };

/** The deadlines a process's row holds after these plan events, as the projection writes them. */
function deadlinesAfter(events: CareerPlanEvent[]): Deadline[] {
  const deadlines = new Map<string, Deadline>();
  const apply = (change: DeadlineChange | undefined) => {
    if (change?.kind === 'set') deadlines.set(change.stepId, change.deadline);
    if (change?.kind === 'unset') deadlines.delete(change.stepId);
    if (change?.kind === 'clear') deadlines.clear();
  };
  events.map(deadlineChangeOf).forEach(apply);
  return [...deadlines.values()];
}

describe('worklist: career plan steps overdue', () => {
  it('given an open step, when its due date has passed, then one row says whose step and since when, never its title', () => {
    const deadlines = deadlinesAfter([added('s-1', '2026-03-10')]);
    expect(deadlines).toEqual([{ reason: 'plan-step-overdue', dueDate: '2026-03-10', owner: 'client' }]);
    expect(planStepReasons(deadlines, '2026-03-10')).toEqual([]);
    const reasons = planStepReasons(deadlines, '2026-03-11');
    expect(reasons).toEqual([{ code: 'plan-step-overdue', dueDate: '2026-03-10', text: 'A career plan step (the client’s) was due on 2026-03-10 and is not done.' }]);
    expect(JSON.stringify(reasons)).not.toContain('Rinteen');
  });

  it('given several steps overdue, then one row counts them, dated by the earliest, with each party’s share', () => {
    const deadlines = deadlinesAfter([added('s-1', '2026-03-12'), added('s-2', '2026-03-05', 'advisor'), added('s-3', '2026-03-09'), added('s-4', '2026-05-01')]);
    expect(planStepReasons(deadlines, '2026-03-20')).toEqual([
      { code: 'plan-step-overdue', dueDate: '2026-03-05', text: '3 career plan steps are overdue (2 the client’s, 1 the advisor’s), the earliest due on 2026-03-05.' },
    ]);
    expect(planStepReasons(deadlinesAfter([added('s-1', '2026-03-12', 'advisor'), added('s-2', '2026-03-05', 'advisor')]), '2026-03-20')[0].text).toBe(
      '2 career plan steps are overdue (the advisor’s), the earliest due on 2026-03-05.',
    );
  });

  it('given a step moved to a later date, then it is due by the new date', () => {
    expect(planStepReasons(deadlinesAfter([added('s-1', '2026-03-10'), revised('s-1', '2026-04-10')]), '2026-03-20')).toEqual([]);
  });

  it('given a step done, dropped (also with its goal) or the plan closed, then it is no deadline', () => {
    expect(deadlinesAfter([added('s-1', '2026-03-10'), added('s-2', '2026-03-10'), done('s-1'), dropped('s-2')])).toEqual([]);
    expect(deadlinesAfter([added('s-1', '2026-03-10'), closed])).toEqual([]);
  });

  it('given plan events that concern no step’s date, then they change no deadline', () => {
    const reviewed: CareerPlanEvent = { type: 'CareerPlanReviewed', data: { reviewId: 'r-1', meetingId: 'm-1', progress: [{ stepId: 's-1', progress: 'stuck' }], notes: '', reviewedAt: '2026-03-11T10:00:00.000Z' } };
    const agreed: CareerPlanEvent = { type: 'CareerPlanAgreed', data: { version: 1, goalKinds: ['employment'], agreedAt: '2026-03-11T10:00:00.000Z' } };
    expect([reviewed, agreed].map(deadlineChangeOf)).toEqual([undefined, undefined]);
  });
});
