import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand, streamIdOf, type EventCodec, type EventStore } from '@career/event-sourcing';
import { EVENT_STORE } from '@career/event-store';
import { clientDecider, type RegisterClient } from '../client.decider';
import { CLIENT_CATEGORY, CLIENT_SCHEMA_VERSIONS, type ClientEvent } from '../client.events';
import { CLIENT_EVENT_CODEC } from '../client-event-codec';
import { IDENTITY_CODE_HASHER, IDENTITY_CODE_INDEX, type IdentityCodeHasher } from '../identity-index/identity-code.providers';
import type { IdentityCodeIndex } from '../identity-index/identity-code-index';
import { RegisterClientCommand } from './register-client.command';

/**
 * Registration with duplicate detection across client streams:
 * 1. decide on an empty stream first, so invalid input is refused before anything is written;
 * 2. claim the keyed hash of (organisation, identity code) in the index: 409 with the existing
 *    client's id when an active client holds it;
 * 3. append; on failure release the claim unless the events did reach the store;
 * 4. confirm the claim. A crash after 2 or 3 leaves a claim the index verifies against the
 *    event store the next time the code comes up (see IdentityCodeIndex).
 */
@CommandHandler(RegisterClientCommand)
export class RegisterClientHandler implements ICommandHandler<RegisterClientCommand, { clientId: string; revision: number }> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLIENT_EVENT_CODEC) private readonly codec: EventCodec<ClientEvent>,
    @Inject(IDENTITY_CODE_INDEX) private readonly identityIndex: IdentityCodeIndex,
    @Inject(IDENTITY_CODE_HASHER) private readonly hashOf: IdentityCodeHasher,
  ) {}

  async execute({ clientId, input, context }: RegisterClientCommand) {
    const command: RegisterClient = { type: 'RegisterClient', data: { ...input, clientId }, metadata: { now: context.now } };
    clientDecider.decide(command, clientDecider.initialState());

    const hash = this.hashOf(input.organisation, input.personalIdentityCode);
    await this.identityIndex.claim(hash, clientId, 'pending', context.now);
    const streamId = streamIdOf(CLIENT_CATEGORY, clientId);
    let revision: number;
    try {
      const result = await handleCommand({
        store: this.store,
        decider: clientDecider,
        streamId,
        command,
        context,
        schemaVersions: CLIENT_SCHEMA_VERSIONS,
        codec: this.codec,
      });
      revision = result.nextExpectedRevision;
    } catch (error) {
      await this.releaseUnlessStored(hash, clientId, streamId);
      throw error;
    }
    // Best effort: a claim left pending is confirmed when the code is next looked up.
    await this.identityIndex.confirm(hash, clientId).catch(() => undefined);
    return { clientId, revision };
  }

  /** A failed append may still have been written (a timeout after the commit): then the claim stays. */
  private async releaseUnlessStored(hash: string, clientId: string, streamId: string): Promise<void> {
    try {
      const stored = await this.store.readStream(streamId, { maxCount: 1 });
      if (stored.length === 0) await this.identityIndex.release(hash, clientId);
    } catch {
      // Unknown: leave the claim; the index verifies it against the store later.
    }
  }
}
