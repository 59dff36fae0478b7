import { Inject, Injectable } from '@nestjs/common';
import { fold, streamIdOf, type EventCodec, type EventStore, type RecordedEvent } from '@career/event-sourcing';
import { EVENT_STORE } from '@career/event-store';
import { clientDecider } from './client.decider';
import { CLIENT_CATEGORY, type ClientEvent } from './client.events';
import { CLIENT_EVENT_CODEC } from './client-event-codec';
import { clientError } from './domain/client-errors';
import type { ClientState } from './domain/client-state';
import { eraseDestroyedFields } from './personal-data/erase-destroyed-fields';

/** Where a client stands, as far as duplicate detection cares. */
export type ClientStanding = 'absent' | 'active' | 'exited' | 'destroyed';

export interface LoadedClient {
  clientId: string;
  /** As stored: personal fields encrypted. */
  recorded: RecordedEvent[];
  /** Personal fields decrypted, or ERASED markers once a key was destroyed. */
  events: RecordedEvent<ClientEvent>[];
  /** Revision of the last event: the ETag. */
  revision: number;
  state: Exclude<ClientState, { status: 'Empty' }>;
}

/** Reads one client's stream: the source of truth for every read of a single client. */
@Injectable()
export class ClientStreamReader {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLIENT_EVENT_CODEC) private readonly codec: EventCodec<ClientEvent>,
  ) {}

  /** Decrypted; 404 (CLIENT.NOT_FOUND) when the stream is empty. */
  async load(clientId: string): Promise<LoadedClient> {
    const recorded = await this.store.readStream(streamIdOf(CLIENT_CATEGORY, clientId));
    const decoded = await Promise.all(
      recorded.map(async (event) => ({ ...event, ...(await this.codec.decode(event)) }) as RecordedEvent<ClientEvent>),
    );
    const events = eraseDestroyedFields(decoded);
    const state = fold(clientDecider, events as unknown as ClientEvent[]);
    if (state.status === 'Empty') throw clientError('NOT_FOUND', 'No such client.');
    return { clientId, recorded, events, revision: recorded[recorded.length - 1].revision, state };
  }

  /** As load(), but another organisation's client is 404 too (staff see only their own). */
  async loadInOrganisation(clientId: string, organisation: string): Promise<LoadedClient> {
    await this.assertInOrganisation(clientId, organisation);
    return this.load(clientId);
  }

  /** 404 unless the client exists and belongs to the organisation; reads one event, decrypts nothing. */
  async assertInOrganisation(clientId: string, organisation: string): Promise<void> {
    const [first] = await this.store.readStream(streamIdOf(CLIENT_CATEGORY, clientId), { maxCount: 1 });
    if (!first || first.metadata.organisation !== organisation) throw clientError('NOT_FOUND', 'No such client.');
  }

  /**
   * Active, exited, destroyed or absent, from the stored events without decrypting anything
   * (the decider's state needs no personal value to know its status).
   */
  async standingOf(clientId: string): Promise<ClientStanding> {
    const recorded = await this.store.readStream(streamIdOf(CLIENT_CATEGORY, clientId));
    const state = fold(clientDecider, recorded as unknown as ClientEvent[]);
    switch (state.status) {
      case 'Empty':
        return 'absent';
      case 'Active':
        return 'active';
      case 'Exited':
        return 'exited';
      case 'Destroyed':
        return 'destroyed';
    }
  }
}
