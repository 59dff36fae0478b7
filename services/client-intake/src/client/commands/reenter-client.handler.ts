import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand, streamIdOf, type EventCodec, type EventStore } from '@career/event-sourcing';
import { EVENT_STORE } from '@career/event-store';
import { CLIENT_CATEGORY, CLIENT_SCHEMA_VERSIONS, type ClientEvent } from '../client.events';
import { CLIENT_EVENT_CODEC } from '../client-event-codec';
import { ClientStreamReader } from '../client-stream.reader';
import { IDENTITY_CODE_HASHER, IDENTITY_CODE_INDEX, type IdentityCodeHasher } from '../identity-index/identity-code.providers';
import type { IdentityCodeIndex } from '../identity-index/identity-code-index';
import { organisationScopedDecider } from '../organisation-scoped-decider';
import type { ClientChangeResult } from './change-client.command';
import { ReenterClientCommand } from './reenter-client.command';

/**
 * Re-entry takes the client's identity code back in the duplicate-detection index (exit
 * released it): refused with 409 and the holder's id when the same person was registered anew
 * meanwhile and is still active. The code comes from the client's own decrypted registration.
 */
@CommandHandler(ReenterClientCommand)
export class ReenterClientHandler implements ICommandHandler<ReenterClientCommand, ClientChangeResult> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLIENT_EVENT_CODEC) private readonly codec: EventCodec<ClientEvent>,
    private readonly reader: ClientStreamReader,
    @Inject(IDENTITY_CODE_INDEX) private readonly identityIndex: IdentityCodeIndex,
    @Inject(IDENTITY_CODE_HASHER) private readonly hashOf: IdentityCodeHasher,
  ) {}

  async execute({ clientId, data, context, organisation, expectedRevision }: ReenterClientCommand): Promise<ClientChangeResult> {
    const loaded = await this.reader.loadInOrganisation(clientId, organisation);
    const registered = loaded.events[0].data as Extract<ClientEvent, { type: 'ClientRegistered' }>['data'];
    // Only a live client can re-enter; the decider says why not otherwise (destroyed, still active).
    if (loaded.state.status === 'Exited' && typeof registered.personalIdentityCode === 'string') {
      const hash = this.hashOf(registered.organisation, registered.personalIdentityCode);
      await this.identityIndex.claim(hash, clientId, 'registered', context.now);
    }
    const result = await handleCommand({
      store: this.store,
      decider: organisationScopedDecider(organisation),
      streamId: streamIdOf(CLIENT_CATEGORY, clientId),
      command: { type: 'ReenterClient', data, metadata: { now: context.now } },
      context,
      schemaVersions: CLIENT_SCHEMA_VERSIONS,
      codec: this.codec,
      ...(expectedRevision !== undefined ? { expectedRevision } : {}),
    });
    return { clientId, revision: result.nextExpectedRevision, appended: result.newEvents.map((event) => event.type) };
  }
}
