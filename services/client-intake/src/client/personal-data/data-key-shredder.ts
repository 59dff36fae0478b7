import { Inject, Injectable, Logger } from '@nestjs/common';
import { DATA_KEY_STORE, type DataKeyStore } from '@career/privacy';
import { dataKeyIdOf, dataKeyScopesDestroyedBy, type ClientEvent } from '../domain/client.events';
import { IDENTITY_CODE_INDEX } from '../identity-index/identity-code.providers';
import type { IdentityCodeIndex } from '../identity-index/identity-code-index';

/**
 * Carries out what PersonalDataDestroyed decided: deletes the data keys it names (crypto-
 * shredding, docs/domain.md#personal-data) and, when everything was destroyed, the client's
 * identity-code index entry. Idempotent: it runs right after the command that appended the
 * event, and the destruction projection runs it again for every such event in the store,
 * which repairs a crash between the two.
 */
@Injectable()
export class DataKeyShredder {
  private readonly logger = new Logger(DataKeyShredder.name);

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

  /**
   * After a command: the destruction is decided and recorded once appended, whatever happens
   * here. If the keys cannot be deleted now, reads already show the fields erased
   * (eraseDestroyedFields) and the destruction projection deletes them when it meets the event.
   */
  async afterCommand(clientId: string, appended: readonly ClientEvent[]): Promise<void> {
    try {
      await this.carryOut(clientId, appended);
    } catch (error) {
      this.logger.warn(
        `client ${clientId}: keys not destroyed yet (${error instanceof Error ? error.message : String(error)}); the destruction projection will retry`,
      );
    }
  }
}
