import type { RecordedEvent } from '@career/event-sourcing';
import { applyGuarded, defineProjection, type Projection } from '@career/projections';
import type { Model } from 'mongoose';
import { CAREER_PLAN_CATEGORY, careerPlanEventOf } from '../../career-plan/domain/career-plan.events';
import { deadlineChangeOf, type DeadlineChange } from '../domain/plan-steps';
import { WORKLIST_FACTS_MODEL, type WorklistFactsDocument } from './worklist-facts.schema';

const STREAM_PREFIX = `${CAREER_PLAN_CATEGORY}-`;

/**
 * The career plan's open steps as dated duties in the process's worklist_facts row
 * (`deadlines.<stepId>`: due date and owner, never the title, which is personal data). The plan's
 * id is its process's. Guarded by the plan stream's revision in `revisions.<streamId>`, so a
 * replay changes nothing.
 *
 * `collections` is empty on purpose: the row also holds what other services' facts told
 * (exit, outcomes; docs/architecture.md#the-rules), which a rebuild of this projection must
 * not drop; a replay from the start is harmless under the guard.
 */
export function planDeadlinesProjection(facts: Model<WorklistFactsDocument>): Projection {
  return {
    collections: [],
    async apply(event: RecordedEvent) {
      if (!event.streamId.startsWith(STREAM_PREFIX)) return;
      const change = deadlineChangeOf(careerPlanEventOf(event));
      if (!change) return;
      const { clientId, organisation } = event.metadata;
      await applyGuarded(facts, event.streamId.slice(STREAM_PREFIX.length), { key: `revisions.${event.streamId}`, value: event.revision }, updateOf(change, { clientId, organisation }));
    },
  };
}

function updateOf(change: DeadlineChange, owner: { clientId: string; organisation: string }) {
  switch (change.kind) {
    case 'set':
      return { $set: { ...owner, [`deadlines.${change.stepId}`]: change.deadline } };
    case 'unset':
      return { $set: owner, $unset: { [`deadlines.${change.stepId}`]: 1 } };
    case 'clear':
      return { $set: owner, $unset: { deadlines: 1 } };
  }
}

/** Checkpoint `scheduling.worklist-plan-deadlines`. */
export const worklistPlanDeadlines = defineProjection({
  name: 'worklist-plan-deadlines',
  categories: [CAREER_PLAN_CATEGORY],
  inject: [WORKLIST_FACTS_MODEL],
  create: planDeadlinesProjection,
});
