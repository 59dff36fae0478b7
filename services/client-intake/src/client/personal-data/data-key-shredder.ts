import { Inject, Injectable } from '@nestjs/common';
import { DATA_KEY_STORE, type DataKeyStore } from '@career/privacy';
import { dataKeyIdOf, dataKeyScopesDestroyedBy, type ClientEvent } from '../client.events';
import { IDENTITY_CODE_INDEX } from '../identity-index/identity-code.providers';
import type { IdentityCodeIndex } from '../identity-index/identity-code-index';

/**
 * Carries out what PersonalDataDestroyed decided: deletes the data keys it names (crypto-
 * shredding) and, when everything was destroyed, the client's identity-code index entry.
 * Idempotent: the command handler calls it right after the append, and the destruction
 * projection calls it again for every such event in the store, which repairs a crash between
 * the two.
 */
@Injectable()
export class DataKeyShredder {
  constructor(
    @Inject(DATA_KEY_STORE) private readonly keys: DataKeyStore,
    @Inject(IDENTITY_CODE_INDEX) private readonly identityIndex: IdentityCodeIndex,
  ) {}

  async carryOut(clientId: string, events: readonly ClientEvent[]): Promise<void> {
    for (const event of events) {
      for (const scope of dataKeyScopesDestroyedBy(event)) await this.keys.destroy(dataKeyIdOf(clientId, scope));
      if (event.type === 'PersonalDataDestroyed' && event.data.scope === 'all') await this.identityIndex.removeClient(clientId);
    }
  }
}
