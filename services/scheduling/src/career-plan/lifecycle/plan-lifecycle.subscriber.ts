import type { CommandSideContext, CommandSideOf, RecordedEvent } from '@career/event-sourcing';
import { SYSTEM_ACCESS } from '@career/event-sourcing';
import { defineProjection } from '@career/projections';
import { GUIDANCE_PROCESS_CATEGORY, guidanceProcessEventOf } from '../../guidance-process/domain/guidance-process.events';
import { careerPlan } from '../domain/career-plan.aggregate';
import type { CareerPlanCommand } from '../domain/career-plan.commands';

/**
 * The plan lives as long as its process (docs/domain.md#the-career-plan): this subscriber
 * follows scheduling's own `guidanceProcess` streams on the checkpointed subscriber core and
 * opens the plan when the process opens, closes it when the process closes. It writes no read
 * model. Both commands are idempotent by rule (a second OpenPlan or ClosePlan decides
 * nothing), so a replay or a rebuild changes nothing; a stream is read in order, so a plan is
 * always opened before it is closed.
 *
 * Why with the process rather than on the first plan command: the plan then exists from the
 * day the process began (the day no date in it may precede), the client finds it as soon as
 * their process is open, and closing never races with a plan that a first command is creating.
 */
export const planLifecycle = defineProjection({
  name: 'career-plan-lifecycle',
  categories: [GUIDANCE_PROCESS_CATEGORY],
  inject: [careerPlan.token],
  create: (plans: CommandSideOf<typeof careerPlan>) => ({
    collections: [],
    async apply(recorded: RecordedEvent) {
      const command = planCommandFor(recorded);
      if (command) await plans.handle(command.planId, command.command, { context: contextOf(recorded), access: SYSTEM_ACCESS });
    },
  }),
});

/** The plan command a process event calls for, if any. The plan's id is the process's. */
export function planCommandFor(recorded: RecordedEvent): { planId: string; command: CareerPlanCommand } | undefined {
  const event = guidanceProcessEventOf(recorded);
  const now = new Date(recorded.metadata.occurredAt);
  const planId = recorded.streamId.slice(GUIDANCE_PROCESS_CATEGORY.length + 1);
  switch (event.type) {
    case 'ProcessOpened': {
      const { processId, clientId, organisation, openedAt } = event.data;
      return { planId, command: { type: 'OpenPlan', data: { planId, processId, clientId, organisation, openedAt }, metadata: { now } } };
    }
    case 'ProcessClosed':
      return { planId, command: { type: 'ClosePlan', data: {}, metadata: { now: new Date(event.data.closedAt) } } };
    default:
      return undefined;
  }
}

/** The service acting on its own process's event: audited as this subscriber, caused by that event. */
function contextOf(recorded: RecordedEvent): CommandSideContext {
  return {
    actor: { id: 'career-plan-lifecycle', role: 'system' },
    organisation: recorded.metadata.organisation,
    correlationId: recorded.metadata.correlationId,
    causationId: recorded.metadata.eventId,
    now: new Date(recorded.metadata.occurredAt),
  };
}
