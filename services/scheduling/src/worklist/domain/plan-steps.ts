import type { CareerPlanEvent, Party } from '../../career-plan/domain/career-plan.events';
import type { Deadline, WorklistReason } from './worklist.reasons';

/**
 * What one career-plan event changes in a process's plan deadlines (docs/domain.md#the-career-plan):
 * an open step is a deadline by its due date, whoever's it is and whether or not the draft is
 * agreed yet; done, dropped (also with its goal) or a closed plan is none. Ids, dates and the
 * owner only: a step's title is personal data and never leaves the plan's stream.
 */
export type DeadlineChange =
  | { kind: 'set'; stepId: string; deadline: Deadline }
  | { kind: 'unset'; stepId: string }
  | { kind: 'clear' };

export function deadlineChangeOf(event: CareerPlanEvent): DeadlineChange | undefined {
  switch (event.type) {
    case 'CareerStepAdded':
    case 'CareerStepRevised': {
      const { stepId, dueDate, owner } = event.data;
      return { kind: 'set', stepId, deadline: { reason: 'plan-step-overdue', dueDate, owner } };
    }
    case 'CareerStepDone':
    case 'CareerStepDropped':
      return { kind: 'unset', stepId: event.data.stepId };
    case 'CareerPlanClosed':
      return { kind: 'clear' };
    default:
      return undefined;
  }
}

/**
 * One row for a process's overdue plan steps, however many: how many, the earliest due date
 * (what the row sorts by) and whose they are; never which step (its title is personal data).
 */
export function planStepReasons(deadlines: readonly Deadline[], today: string): WorklistReason[] {
  const overdue = deadlines.filter((deadline) => deadline.reason === 'plan-step-overdue' && deadline.dueDate < today);
  if (overdue.length === 0) return [];
  const earliest = overdue.map((deadline) => deadline.dueDate).reduce((a, b) => (b < a ? b : a));
  const owners = ownersOf(overdue);
  const text =
    overdue.length === 1
      ? `A career plan step (${owners}) was due on ${earliest} and is not done.`
      : `${overdue.length} career plan steps are overdue (${owners}), the earliest due on ${earliest}.`;
  return [{ code: 'plan-step-overdue', dueDate: earliest, text }];
}

const PARTY_WORDS: Record<Party, string> = { client: 'the client’s', advisor: 'the advisor’s' };

function ownersOf(deadlines: readonly Deadline[]): string {
  const counts = (['client', 'advisor'] as const).map((party) => [party, deadlines.filter((d) => d.owner === party).length] as const).filter(([, n]) => n > 0);
  if (counts.length === 1) return PARTY_WORDS[counts[0][0]];
  return counts.map(([party, n]) => `${n} ${PARTY_WORDS[party]}`).join(', ');
}
