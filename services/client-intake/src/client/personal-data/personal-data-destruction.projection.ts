import { defineProjection } from '@career/projections';
import { client } from '../domain/client.aggregate';
import type { ClientEvent } from '../domain/client.events';
import { DataKeyShredder } from './data-key-shredder';

/**
 * The recovery half of crypto-shredding: follows the client streams and carries out every
 * PersonalDataDestroyed again (delete the keys it names, drop the identity-code entry). The
 * command already did it right after the append; this catches the case where the process died
 * in between. Idempotent, so a replay (or a rebuild) changes nothing. It writes no read model.
 */
export const personalDataDestructionProjection = defineProjection({
  name: 'personal-data-destruction',
  categories: [client.category],
  inject: [DataKeyShredder],
  create: (shredder: DataKeyShredder) => ({
    collections: [],
    async apply(event) {
      if (event.type !== 'PersonalDataDestroyed') return;
      await shredder.carryOut(event.metadata.clientId, [{ type: event.type, data: event.data } as ClientEvent]);
    },
  }),
});
