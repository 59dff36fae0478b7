import type { RecordedEvent } from '@career/event-sourcing';
import { applyGuarded, defineProjection, evolvedStateAfter, type Projection } from '@career/projections';
import type { Model } from 'mongoose';
import { reminderDecider } from '../domain/reminder.decider';
import { REMINDER_CATEGORY, reminderEventOf } from '../domain/reminder.events';
import { wakeAtOf } from '../domain/reminder.state';
import { REMINDER_ROW_MODEL, type ReminderRowDocument } from './reminder-row.schema';

/**
 * reminders: the decider's state evolved per event (the dispatcher's work list: what is due, what
 * is stuck in flight), guarded by the stream revision so a replay changes nothing. The dispatcher
 * decides on the stream itself; this row only tells it where to look.
 */
export function remindersProjection(model: Model<ReminderRowDocument>): Projection {
  return {
    collections: [model],
    async apply(recorded: RecordedEvent) {
      const evolved = await evolvedStateAfter(model, recorded, { category: REMINDER_CATEGORY, ...reminderDecider, eventOf: reminderEventOf });
      if (!evolved) return;
      const { id, event, state } = evolved;
      if (state.status === 'Empty') return;
      const wakeAt = wakeAtOf(state);
      const data = event.data as { reason?: string; messageId?: string };
      await applyGuarded(model, id, { key: 'revision', value: recorded.revision }, {
        $set: {
          organisation: state.organisation,
          kind: state.subject.kind,
          ...(state.recipient.kind === 'client' ? { clientId: state.recipient.clientId } : { advisorId: state.recipient.advisorId }),
          status: state.status,
          dueAt: state.dueAt,
          ...(wakeAt ? { wakeAt } : {}),
          lastEvent: { type: event.type, at: recorded.metadata.occurredAt, ...(data.reason ? { reason: data.reason } : {}), ...(data.messageId ? { messageId: data.messageId } : {}) },
          state,
        },
        ...(wakeAt ? {} : { $unset: { wakeAt: 1 } }),
      });
    },
  };
}

/** Checkpoint `notifications.reminders`. */
export const reminderRows = defineProjection({
  name: 'reminders',
  categories: [REMINDER_CATEGORY],
  inject: [REMINDER_ROW_MODEL],
  create: remindersProjection,
});
