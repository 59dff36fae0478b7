import type { RecordedEvent } from '@career/event-sourcing';
import type { Projection } from '@career/projections';
import type { ClientEvent } from '../client.events';
import type { DataKeyShredder } from './data-key-shredder';

/**
 * The recovery half of crypto-shredding: follows the client streams and carries out every
 * PersonalDataDestroyed again (delete the keys it names, drop the identity-code entry). The
 * command handler already did it right after the append; this catches the case where the
 * process died in between. Idempotent, so a replay (or a rebuild) changes nothing.
 */
export function personalDataDestructionProjection(shredder: DataKeyShredder): Projection {
  return {
    collections: [],
    async apply(event: RecordedEvent) {
      if (event.type !== 'PersonalDataDestroyed') return;
      await shredder.carryOut(event.metadata.clientId, [{ type: event.type, data: event.data } as ClientEvent]);
    },
  };
}
