import { Inject, Injectable } from '@nestjs/common';
import { applyOnce } from '@career/projections';
import { omitUndefined, type Model } from 'mongoose';
import { refuse } from '../../scheduling.errors';
import { KNOWN_CLIENT_MODEL, type KnownClientDocument } from './known-client.schema';

export type KnownClient = Omit<KnownClientDocument, 'appliedEventIds'>;

/** What client-intake has told this service about its clients (known_clients), read and written by id. */
@Injectable()
export class KnownClients {
  constructor(@Inject(KNOWN_CLIENT_MODEL) private readonly clients: Model<KnownClientDocument>) {}

  /** 404 for an unknown client and for another organisation's (its existence is not revealed). */
  async require(clientId: string, organisation: string): Promise<KnownClient> {
    const client = await this.find(clientId);
    if (!client || client.organisation !== organisation) throw refuse('CLIENT.NOT_FOUND');
    return client;
  }

  async find(clientId: string): Promise<KnownClient | undefined> {
    return (await this.clients.findById(clientId, { appliedEventIds: 0 }).lean()) ?? undefined;
  }

  /** Records what one of client-intake's facts says, once per event id (delivery is at least once). */
  async remember(clientId: string, eventId: string, fields: Partial<Omit<KnownClient, '_id'>>): Promise<void> {
    await applyOnce(this.clients, clientId, eventId, { $set: omitUndefined(fields) });
  }
}
