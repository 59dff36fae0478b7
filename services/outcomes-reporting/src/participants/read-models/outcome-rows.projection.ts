import type { RecordedEvent } from '@career/event-sourcing';
import { applyGuarded, type Projection } from '@career/projections';
import type { Model } from 'mongoose';
import { applyOutcomeEvent, emptyOutcomeRowFields } from '../indicators/apply-outcome-event';
import { OUTCOME_CATEGORY, type OutcomeEvent } from '../outcome/outcome.events';
import type { OutcomeRowDocument } from '../participants/participant-documents';

const STREAM_PREFIX = `${OUTCOME_CATEGORY}-`;

/**
 * The event as the rows may hold it: without the business ID. It is personal data (encrypted
 * in the store, PERSONAL_FIELDS) and reports never need it; the rows keep categories only.
 */
export function withoutPersonalData(event: RecordedEvent): OutcomeEvent {
  const data = event.data as { outcome?: Record<string, unknown> };
  if (!data.outcome || !('businessId' in data.outcome)) return { type: event.type, data: event.data } as OutcomeEvent;
  const { businessId: _personal, ...outcome } = data.outcome;
  return { type: event.type, data: { ...data, outcome } } as OutcomeEvent;
}

/**
 * The outcome part of each participant row, from this service's own `outcome-<processId>`
 * streams (ProjectionRunner: catch-up subscription with a checkpoint). One writer per
 * document and events in stream order, so read, apply (the pure applyOutcomeEvent), write with
 * the revision guard: a replayed event matches nothing.
 */
export function outcomeRowProjection(model: Model<OutcomeRowDocument>): Projection {
  return {
    collections: [model as unknown as Model<unknown>],
    async apply(event: RecordedEvent): Promise<void> {
      if (!event.streamId.startsWith(STREAM_PREFIX)) return;
      const processId = event.streamId.slice(STREAM_PREFIX.length);
      const current = await model.findById(processId).lean<OutcomeRowDocument>();
      if (current && current.revision >= event.revision) return;
      const fields = applyOutcomeEvent(current?.fields ?? emptyOutcomeRowFields(), withoutPersonalData(event), event.revision);
      await applyGuarded(model, processId, { key: 'revision', value: event.revision }, {
        $set: { clientId: event.metadata.clientId, organisation: event.metadata.organisation, fields },
      });
    },
  };
}
