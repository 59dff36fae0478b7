import type { RecordedEvent } from '@career/event-sourcing';
import { applyGuarded, defineProjection, type Projection, type ProjectionModel } from '@career/projections';
import type { Model } from 'mongoose';
import { OUTCOME_CATEGORY, type OutcomeEvent } from '../../outcome/domain';
import { applyOutcomeEvent, emptyOutcomeRowFields } from '../domain/apply-outcome-event';
import type { OutcomeRowDocument } from '../domain/participant-documents';
import { ParticipantReadModels } from './participant-read-models';

const STREAM_PREFIX = `${OUTCOME_CATEGORY}-`;

/**
 * The outcome part of each participant row, from this service's own `outcome-<processId>`
 * streams, into the collection `target` names. One writer per document and events in stream
 * order, so: read, apply (the pure applyOutcomeEvent, which keeps categories only), write
 * with the revision guard; a replayed event matches nothing.
 */
export function outcomeRowsProjection(target: () => Promise<Model<OutcomeRowDocument>>, collections: readonly ProjectionModel[]): Projection {
  return {
    collections,
    async apply(recorded: RecordedEvent): Promise<void> {
      if (!recorded.streamId.startsWith(STREAM_PREFIX)) return;
      const model = await target();
      const processId = recorded.streamId.slice(STREAM_PREFIX.length);
      const current = await model.findById(processId).lean<OutcomeRowDocument>();
      if (current && current.revision >= recorded.revision) return;
      // An outcome stream holds outcome events (its category says so); the business ID stays encrypted and is dropped.
      const event = { type: recorded.type, data: recorded.data } as OutcomeEvent;
      const fields = applyOutcomeEvent(current?.fields ?? emptyOutcomeRowFields(), event, recorded.revision);
      await applyGuarded(model, processId, { key: 'revision', value: recorded.revision }, {
        $set: { clientId: recorded.metadata.clientId, organisation: recorded.metadata.organisation, fields },
      });
    },
  };
}

/**
 * The live outcome rows (checkpoint `outcomes-reporting.outcome-rows`, as before the
 * generations existed): always written into the active generation of the participant
 * collections. A rebuild does not drop and replay this runner in place; it builds a new
 * generation beside it with a runner of its own and moves the pointer (src/rebuild), so there
 * is no collection here for ProjectionRunners.rebuild to drop.
 */
export const liveOutcomeRows = defineProjection({
  name: 'outcome-rows',
  categories: [OUTCOME_CATEGORY],
  inject: [ParticipantReadModels],
  create: (models: ParticipantReadModels) => outcomeRowsProjection(async () => (await models.active()).outcomes, []),
});
