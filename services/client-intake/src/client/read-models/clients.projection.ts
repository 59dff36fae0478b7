import type { RecordedEvent } from '@career/event-sourcing';
import { applyGuarded, defineProjection, guardedUpdateOp } from '@career/projections';
import type { Model } from 'mongoose';
import { client } from '../domain/client.aggregate';
import type { ClientEvent } from '../domain/client.events';
import { storedMunicipality } from '../domain/municipality';
import { CLIENT_ROW_MODEL, toStoredCiphertext, type ClientRow } from './client-row.schema';

type RowUpdate = { $set: Record<string, unknown>; $unset?: Record<string, ''> };

/**
 * The change one stored client event makes to its row. Reads the event as stored: the name's
 * ciphertexts are copied, nothing is decrypted.
 */
export function rowUpdateFor(recorded: RecordedEvent): RowUpdate {
  const event = { type: recorded.type, data: recorded.data } as ClientEvent;
  switch (event.type) {
    case 'ClientRegistered':
      return {
        $set: {
          organisation: event.data.organisation,
          projectCode: event.data.projectCode,
          preferredLanguage: event.data.preferredLanguage,
          municipality: storedMunicipality(event.data.municipality),
          status: 'active',
          processNumber: event.data.processNumber,
          entryDate: event.data.entryDate,
          firstEntryDate: event.data.entryDate,
          registeredAt: event.data.registeredAt,
          encryptedName: { firstName: toStoredCiphertext(event.data.firstName), lastName: toStoredCiphertext(event.data.lastName) },
        },
      };
    case 'ClientReentered':
      return { $set: { status: 'active', processNumber: event.data.processNumber, entryDate: event.data.entryDate } };
    case 'AdvisorAssigned':
      return { $set: { advisorId: event.data.advisorId } };
    case 'ContactDetailsUpdated':
      return { $set: event.data.municipality !== undefined ? { municipality: storedMunicipality(event.data.municipality) } : {} };
    case 'ClientExited':
      return { $set: { status: 'exited', lastExitDate: event.data.exitDate, lastExitReason: event.data.reason } };
    case 'PersonalDataDestroyed':
      return event.data.scope === 'all'
        ? { $set: { status: 'destroyed', destroyedAt: recorded.metadata.occurredAt }, $unset: { encryptedName: '' } }
        : { $set: {} };
    case 'ConsentRecorded':
    case 'ConsentWithdrawn':
    case 'PersonalDataViewed':
      return { $set: {} };
  }
}

/**
 * The `clients` read model (checkpoint `client-intake.clients`), fed from the client streams:
 * one row per client, idempotent by the stream revision kept in the row.
 */
export const clientsProjection = defineProjection({
  name: 'clients',
  categories: [client.category],
  inject: [CLIENT_ROW_MODEL],
  create: (rows: Model<ClientRow>) => {
    const guardOf = (event: RecordedEvent) => ({ key: 'revision', value: event.revision });
    return {
      collections: [rows as never],
      async apply(event) {
        await applyGuarded(rows, event.metadata.clientId, guardOf(event), rowUpdateFor(event));
      },
      async applyBatch(events) {
        if (events.length === 0) return;
        await rows.bulkWrite(
          events.map((event) => guardedUpdateOp<ClientRow>(event.metadata.clientId, guardOf(event), rowUpdateFor(event))),
          { ordered: true },
        );
      },
    };
  },
});
