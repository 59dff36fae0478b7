import { Inject, Injectable } from '@nestjs/common';
import type { AppendResult, AroundAppend, CommandSideOf } from '@career/event-sourcing';
import { client } from '../domain/client.aggregate';
import type { ClientEvent, ClientRegistered } from '../domain/client.events';
import type { ClientState } from '../domain/client-state';
import { IDENTITY_CODE_HASHER, IDENTITY_CODE_INDEX, type IdentityCodeHasher } from './identity-code.providers';
import type { IdentityCodeIndex } from './identity-code-index';

type ClientAroundAppend = AroundAppend<ClientState, ClientEvent>;

/**
 * What one client stream cannot guard by itself: one active client per (organisation,
 * personal identity code) across all client streams. Each method gives the `aroundAppend` of a
 * command (docs/architecture.md#the-rules): the command side has read the stream and decided
 * once, so invalid input is refused before the index is touched; the claim wraps the append.
 */
@Injectable()
export class IdentityCodeGuard {
  constructor(
    @Inject(IDENTITY_CODE_INDEX) private readonly index: IdentityCodeIndex,
    @Inject(IDENTITY_CODE_HASHER) private readonly hashOf: IdentityCodeHasher,
    @Inject(client.token) private readonly clients: CommandSideOf<typeof client>,
  ) {}

  /**
   * Registration:
   * 1. claim the keyed hash of (organisation, identity code) as 'pending': 409
   *    CLIENT.DUPLICATE_IDENTITY_CODE (or CLIENT.REENTRY_REQUIRED) with the holder's id;
   * 2. append; on failure release the claim unless the events did reach the store;
   * 3. confirm the claim. A crash after 1 or 2 leaves a claim the index verifies against the
   *    event store the next time the code comes up (see IdentityCodeIndex).
   */
  onRegistration(organisation: string, personalIdentityCode: string, now: Date): ClientAroundAppend {
    const hash = this.hashOf(organisation, personalIdentityCode);
    return async ({ clientId }, append) => {
      await this.index.claim(hash, clientId, 'pending', now);
      let appended: AppendResult;
      try {
        appended = await append();
      } catch (error) {
        await this.releaseUnlessStored(hash, clientId);
        throw error;
      }
      // Best effort: a claim left pending is confirmed when the code is next looked up.
      await this.index.confirm(hash, clientId).catch(() => undefined);
      return appended;
    };
  }

  /**
   * Re-entry takes the client's code back (the exit let it go): refused with 409 and the
   * holder's id when the same person was registered anew meanwhile and is still active. The
   * code comes from the client's own registration as the command side decrypted it.
   */
  onReentry(now: Date): ClientAroundAppend {
    return async ({ clientId, state, history }, append) => {
      // The decision folds on a snapshot when the stream has one: its history may not start at the registration.
      const registered = (history[0]?.revision === 0 ? history[0] : await this.clients.firstEvent(clientId)) as ClientRegistered | undefined;
      const code = registered?.type === 'ClientRegistered' ? registered.data.personalIdentityCode : undefined;
      // Only an exited client re-enters (the decider refused the rest); a code erased or never decrypted has nothing to claim.
      if (state.status === 'Exited' && typeof code === 'string') {
        await this.index.claim(this.hashOf(state.organisation, code), clientId, 'registered', now);
      }
      return append();
    };
  }

  /** A failed append may still have been written (a timeout after the commit): then the claim stays. */
  private async releaseUnlessStored(hash: string, clientId: string): Promise<void> {
    try {
      if ((await this.clients.owner(clientId)) === undefined) await this.index.release(hash, clientId);
    } catch {
      // Unknown: leave the claim; the index verifies it against the store later.
    }
  }
}
