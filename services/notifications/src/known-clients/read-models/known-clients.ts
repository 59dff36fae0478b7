import { Inject, Injectable, type Provider } from '@nestjs/common';
import { MONGO_CONNECTION } from '@career/platform';
import { applyOnce } from '@career/projections';
import { omitUndefined, Schema, type Connection, type Model } from 'mongoose';
import { refuse } from '../../notifications.errors';

/** What client-intake's facts tell this service of a client: its organisation and advisor. Ids only. */
export interface KnownClientDocument {
  _id: string;
  organisation: string;
  advisorId?: string;
  appliedEventIds: string[];
}

const knownClientSchema = new Schema<KnownClientDocument>(
  { _id: { type: String, required: true }, organisation: String, advisorId: String, appliedEventIds: { type: [String], default: [] } },
  { collection: 'known_clients', versionKey: false },
);

const KNOWN_CLIENT_MODEL = 'NOTIFICATIONS_KNOWN_CLIENT_MODEL';

export const knownClientModelProvider: Provider = {
  provide: KNOWN_CLIENT_MODEL,
  inject: [MONGO_CONNECTION],
  useFactory: (connection: Connection) => connection.model<KnownClientDocument>('KnownClient', knownClientSchema),
};

/** The clients this service has heard of (known_clients), fed by the client-intake consumer. */
@Injectable()
export class KnownClients {
  constructor(@Inject(KNOWN_CLIENT_MODEL) private readonly clients: Model<KnownClientDocument>) {}

  /** 404 for an unknown client and for another organisation's (its existence is not revealed). */
  async require(clientId: string, organisation: string): Promise<void> {
    const client = await this.clients.findById(clientId, { organisation: 1 }).lean();
    if (!client || client.organisation !== organisation) throw refuse('CLIENT.NOT_FOUND');
  }

  /** Records what one of client-intake's facts says, once per event id (delivery is at least once). */
  async remember(clientId: string, eventId: string, fields: { organisation: string; advisorId?: string }): Promise<void> {
    await applyOnce(this.clients, clientId, eventId, { $set: omitUndefined(fields) });
  }
}
