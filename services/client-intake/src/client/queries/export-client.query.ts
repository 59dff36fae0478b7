import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Access, CommandSideContext, RecordedEvent } from '@career/event-sourcing';
import { DATA_KEY_STORE, type DataKeyStore } from '@career/privacy';
import type { Model } from 'mongoose';
import { DATA_KEY_SCOPES, dataKeyIdOf, type DataKeyScope } from '../domain/client.events';
import type { ViewPurpose } from '../domain/client-vocabulary';
import { IDENTITY_CODE_INDEX } from '../identity-index/identity-code.providers';
import type { IdentityCodeIndex } from '../identity-index/identity-code-index';
import { PersonalDataUseLog } from '../personal-data/personal-data-use-log';
import { CLIENT_ROW_MODEL, type ClientRow } from '../read-models/client-row.schema';
import { clientDetailsOf, personalItemsIn, type ClientDetails } from './client-details';

export class ExportClientQuery {
  constructor(
    readonly clientId: string,
    readonly context: CommandSideContext,
    /** Staff see their own organisation's clients only. */
    readonly access: Access,
    readonly purpose: ViewPurpose | undefined,
  ) {}
}

/** One event of the client's stream as an export shows it: who recorded what, when, decrypted. */
export interface ExportedEvent {
  eventId: string;
  revision: number;
  type: string;
  occurredAt: string;
  actor: { id: string; role: string };
  organisation: string;
  data: unknown;
}

export function exportedEventOf(event: RecordedEvent): ExportedEvent {
  return {
    eventId: event.metadata.eventId,
    revision: event.revision,
    type: event.type,
    occurredAt: event.metadata.occurredAt,
    actor: event.metadata.actor,
    organisation: event.metadata.organisation,
    data: event.data,
  };
}

/** The client's right of access: everything client-intake holds about them, decrypted. */
export interface ClientExport {
  exportedAt: string;
  service: 'client-intake';
  client: ClientDetails;
  /** Every event of the client's stream, personal fields decrypted (`{ "$erased": true }` once destroyed). */
  events: ExportedEvent[];
  /** The list row (the name in it is the same encrypted copy shown in `client`). */
  readModel: Omit<ClientRow, 'encryptedName'> | null;
  dataKeys: Record<DataKeyScope, 'held' | 'destroyed' | 'none'>;
  /** Duplicate detection keeps a keyed hash of (organisation, identity code), never the code. */
  identityCodeIndex: { entryHeld: boolean };
}

@QueryHandler(ExportClientQuery)
export class ExportClientHandler implements IQueryHandler<ExportClientQuery, ClientExport> {
  constructor(
    private readonly useLog: PersonalDataUseLog,
    @Inject(CLIENT_ROW_MODEL) private readonly rows: Model<ClientRow>,
    @Inject(DATA_KEY_STORE) private readonly keys: DataKeyStore,
    @Inject(IDENTITY_CODE_INDEX) private readonly identityIndex: IdentityCodeIndex,
  ) {}

  execute({ clientId, context, access, purpose }: ExportClientQuery): Promise<ClientExport> {
    return this.useLog.read(clientId, { context, access, purpose: purpose ?? 'client-access-request' }, async ({ events, revision }) => {
      const { details } = clientDetailsOf(events, revision);
      const [row, dataKeys, entryHeld] = await Promise.all([
        this.rows.findById(clientId, { encryptedName: 0 }).lean(),
        dataKeyStatesOf(this.keys, clientId),
        this.identityIndex.holds(clientId),
      ]);
      return {
        shown: personalItemsIn(events),
        answer: (revisionAfter): ClientExport => ({
          exportedAt: context.now.toISOString(),
          service: 'client-intake',
          client: { ...details, revision: revisionAfter },
          events: events.map(exportedEventOf),
          readModel: row,
          dataKeys,
          identityCodeIndex: { entryHeld },
        }),
      };
    });
  }
}

/** Whether this service still holds each of the client's data keys (nothing about the keys themselves). */
export async function dataKeyStatesOf(keys: DataKeyStore, clientId: string): Promise<ClientExport['dataKeys']> {
  const states = await Promise.all(
    DATA_KEY_SCOPES.map(async (scope) => {
      const key = await keys.get(dataKeyIdOf(clientId, scope));
      if (key === undefined) return [scope, 'none'] as const;
      if (key === 'destroyed') return [scope, 'destroyed'] as const;
      key.fill(0);
      return [scope, 'held'] as const;
    }),
  );
  return Object.fromEntries(states) as ClientExport['dataKeys'];
}
