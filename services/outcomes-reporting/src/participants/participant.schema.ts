import { Schema, type Connection, type Model } from 'mongoose';

/**
 * One participant row per client, built from the integration events of the other services.
 * Categories and dates only: no names or identity codes ever reach this service.
 */
export interface ParticipantDocument {
  _id: string;
  organisation: string;
  preferredLanguage?: string;
  registeredAt?: string;
  appliedEventIds: string[];
}

export const participantSchema = new Schema<ParticipantDocument>(
  {
    _id: { type: String, required: true },
    organisation: { type: String, required: true, index: true },
    preferredLanguage: String,
    registeredAt: String,
    appliedEventIds: { type: [String], default: [] },
  },
  { collection: 'participants', versionKey: false },
);

export const PARTICIPANT_MODEL = 'PARTICIPANT_MODEL';

export function participantModel(connection: Connection): Model<ParticipantDocument> {
  return connection.model<ParticipantDocument>('Participant', participantSchema);
}
