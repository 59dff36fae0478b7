import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '@career/event-sourcing';
import type { Model } from 'mongoose';
import { KNOWN_CLIENT_MODEL, type KnownClientDocument } from './known-client.schema';

/** Looks up clients client-intake has told this service about, within the caller's organisation. */
@Injectable()
export class KnownClients {
  constructor(@Inject(KNOWN_CLIENT_MODEL) private readonly clients: Model<KnownClientDocument>) {}

  /** 404 for an unknown client and for another organisation's (its existence is not revealed). */
  async require(clientId: string, organisation: string): Promise<KnownClientDocument> {
    const client = await this.clients.findById(clientId).lean();
    if (!client || client.organisation !== organisation) {
      throw new DomainError(
        'CLIENT.NOT_FOUND',
        'No such client in your organisation (a client registered just now may take a moment to reach scheduling).',
        {},
        'not-found',
      );
    }
    return client;
  }
}
