import type { Provider } from '@nestjs/common';
import { MONGO_CONNECTION } from '@career/platform';
import { Schema, type Connection } from 'mongoose';

/**
 * One document per advisor, used as the lease that serialises bookings for that advisor across
 * requests and service instances: taking it is a conditional update on `version`, and
 * `lastWrite` names the booking the next holder must see in the agenda before it checks.
 */
export interface AdvisorSlotDocument {
  _id: string;
  version: number;
  holder?: string;
  heldUntil?: number;
  lastWrite?: { meetingId: string; revision: number };
}

export const advisorSlotSchema = new Schema<AdvisorSlotDocument>(
  {
    _id: { type: String, required: true },
    version: { type: Number, required: true },
    holder: String,
    heldUntil: Number,
    lastWrite: { type: { meetingId: String, revision: Number }, _id: false, default: undefined },
  },
  { collection: 'advisor_slots', versionKey: false },
);

/** Inject with `@Inject(ADVISOR_SLOT_MODEL) slots: Model<AdvisorSlotDocument>`. */
export const ADVISOR_SLOT_MODEL = 'ADVISOR_SLOT_MODEL';

export const advisorSlotModelProvider: Provider = {
  provide: ADVISOR_SLOT_MODEL,
  inject: [MONGO_CONNECTION],
  useFactory: (connection: Connection) => connection.model<AdvisorSlotDocument>('AdvisorSlot', advisorSlotSchema),
};
