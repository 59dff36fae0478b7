import { Schema, type Connection, type Model } from 'mongoose';

/**
 * A passed training whose client has no open skills profile here yet. Kafka orders messages
 * per topic, not across topics: when the consumer replays both from the start, scheduling's
 * TrainingCompleted can come before client-intake's ClientRegistered. The fact waits here and
 * is applied when the profile opens (or dropped when the client's data is destroyed), instead
 * of being retried and dead-lettered. Codes and ids only: no personal data.
 */
export interface ParkedTrainingLicence {
  /** The referral: one licence per referral, so a redelivery parks nothing new. */
  _id: string;
  clientId: string;
  organisation: string;
  licenceCode: string;
  validUntil?: string;
  /** The TrainingCompleted event: the cause recorded when the licence is applied. */
  eventId: string;
  parkedAt: Date;
}

const parkedTrainingLicenceSchema = new Schema<ParkedTrainingLicence>(
  {
    _id: { type: String, required: true },
    clientId: { type: String, required: true, index: true },
    organisation: { type: String, required: true },
    licenceCode: { type: String, required: true },
    validUntil: String,
    eventId: { type: String, required: true },
    parkedAt: { type: Date, required: true },
  },
  { collection: 'parked_training_licences', versionKey: false },
);

export const PARKED_TRAINING_LICENCES = 'PARKED_TRAINING_LICENCES';

export function parkedTrainingLicenceModel(connection: Connection): Model<ParkedTrainingLicence> {
  return connection.model<ParkedTrainingLicence>('ParkedTrainingLicence', parkedTrainingLicenceSchema);
}
