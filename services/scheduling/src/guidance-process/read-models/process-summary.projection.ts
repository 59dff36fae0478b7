import type { RecordedEvent } from '@career/event-sourcing';
import { applyGuarded, defineProjection, evolvedStateAfter, type Projection } from '@career/projections';
import { omitUndefined, type Model } from 'mongoose';
import { guidanceProcessDecider } from '../domain/guidance-process.decider';
import { GUIDANCE_PROCESS_CATEGORY, guidanceProcessEventOf } from '../domain/guidance-process.events';
import { PROCESS_SUMMARY_MODEL, type ProcessSummaryDocument } from './process-summary.schema';

/**
 * guidance_processes: evolves the stored decider state by each event, so phase, overdue
 * time and next due date are computed by the very rules that decide, not re-implemented.
 * Events arrive in stream order; the revision guard makes a replay change nothing.
 */
export function processSummaryProjection(model: Model<ProcessSummaryDocument>): Projection {
  return {
    collections: [model],
    async apply(event: RecordedEvent) {
      const evolved = await evolvedStateAfter(model, event, { category: GUIDANCE_PROCESS_CATEGORY, ...guidanceProcessDecider, eventOf: guidanceProcessEventOf });
      if (!evolved) return;
      const { id: processId, state } = evolved;
      if (state.status === 'Empty') return;
      await applyGuarded(
        model,
        processId,
        { key: 'revision', value: event.revision },
        {
          $set: omitUndefined({
            clientId: state.clientId,
            organisation: state.organisation,
            advisorId: state.advisorId,
            status: state.status,
            phase: state.phase,
            openedAt: state.openedAt,
            overdueFrom: state.initialAssessment.overdueFrom,
            overdueAnnouncedAt: state.initialAssessment.overdueAnnouncedAt,
            nextDueDate: state.nextDueDate,
            state,
          }),
          // A completed phase or a cleared due date must not keep its old value.
          ...(state.nextDueDate === undefined ? { $unset: { nextDueDate: 1 } } : {}),
        },
      );
    },
  };
}

/** Checkpoint `scheduling.guidance-processes`. */
export const processSummaries = defineProjection({
  name: 'guidance-processes',
  categories: [GUIDANCE_PROCESS_CATEGORY],
  inject: [PROCESS_SUMMARY_MODEL],
  create: processSummaryProjection,
});
