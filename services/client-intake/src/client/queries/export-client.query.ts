import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ConcurrencyRetriesExhaustedError, WrongExpectedRevisionError, type CommandContext } from '@career/event-sourcing';
import { DATA_KEY_STORE, type DataKeyStore } from '@career/privacy';
import type { Model } from 'mongoose';
import { DATA_KEY_SCOPES, dataKeyIdOf, type DataKeyScope } from '../client.events';
import { ClientStreamReader } from '../client-stream.reader';
import type { ViewPurpose } from '../domain/client-vocabulary';
import { IDENTITY_CODE_INDEX } from '../identity-index/identity-code.providers';
import type { IdentityCodeIndex } from '../identity-index/identity-code-index';
import { PersonalDataUseLog } from '../personal-data/personal-data-use-log';
import { CLIENT_ROW_MODEL, type ClientRow } from '../read-model/client-row.schema';
import { clientDetailsOf, personalItemsIn, type ClientDetails } from './client-details';

export class ExportClientQuery {
  constructor(
    readonly clientId: string,
    readonly context: CommandContext,
    readonly purpose: ViewPurpose | undefined,
  ) {}
}

/** The client's right of access: everything client-intake holds about them, decrypted. */
export interface ClientExport {
  exportedAt: string;
  service: 'client-intake';
  client: ClientDetails;
  /** Every event of the client's stream, personal fields decrypted (`{ "$erased": true }` once destroyed). */
  events: {
    eventId: string;
    revision: number;
    type: string;
    occurredAt: string;
    actor: { id: string; role: string };
    organisation: string;
    data: unknown;
  }[];
  /** The list row (the name in it is the same encrypted copy shown in `client`). */
  readModel: Omit<ClientRow, 'encryptedName'> | null;
  dataKeys: Record<DataKeyScope, 'held' | 'destroyed' | 'none'>;
  /** Duplicate detection keeps a keyed hash of (organisation, identity code), never the code. */
  identityCodeIndex: { entryHeld: boolean };
}

const ATTEMPTS = 3;

@QueryHandler(ExportClientQuery)
export class ExportClientHandler implements IQueryHandler<ExportClientQuery, ClientExport> {
  constructor(
    private readonly reader: ClientStreamReader,
    private readonly useLog: PersonalDataUseLog,
    @Inject(CLIENT_ROW_MODEL) private readonly rows: Model<ClientRow>,
    @Inject(DATA_KEY_STORE) private readonly keys: DataKeyStore,
    @Inject(IDENTITY_CODE_INDEX) private readonly identityIndex: IdentityCodeIndex,
  ) {}

  async execute({ clientId, context, purpose }: ExportClientQuery): Promise<ClientExport> {
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      const loaded = await this.reader.loadInOrganisation(clientId, context.organisation);
      const { details } = clientDetailsOf(loaded.events, loaded.revision);
      const [row, dataKeys, entryHeld] = await Promise.all([
        this.rows.findById(clientId, { encryptedName: 0 }).lean(),
        this.dataKeysOf(clientId),
        this.identityIndex.holds(clientId),
      ]);
      let revision: number;
      try {
        revision = await this.useLog.recordView(clientId, personalItemsIn(loaded.events), purpose ?? 'client-access-request', context, loaded.revision);
      } catch (error) {
        if (error instanceof WrongExpectedRevisionError) continue;
        throw error;
      }
      return {
        exportedAt: context.now.toISOString(),
        service: 'client-intake',
        client: { ...details, revision },
        events: loaded.events.map((event) => ({
          eventId: event.metadata.eventId,
          revision: event.revision,
          type: event.type,
          occurredAt: event.metadata.occurredAt,
          actor: event.metadata.actor,
          organisation: event.metadata.organisation,
          data: event.data,
        })),
        readModel: row,
        dataKeys,
        identityCodeIndex: { entryHeld },
      };
    }
    throw new ConcurrencyRetriesExhaustedError(`client-${clientId}`, ATTEMPTS);
  }

  private async dataKeysOf(clientId: string): Promise<ClientExport['dataKeys']> {
    const states = await Promise.all(
      DATA_KEY_SCOPES.map(async (scope) => {
        const key = await this.keys.get(dataKeyIdOf(clientId, scope));
        if (key === undefined) return [scope, 'none'] as const;
        if (key === 'destroyed') return [scope, 'destroyed'] as const;
        key.fill(0);
        return [scope, 'held'] as const;
      }),
    );
    return Object.fromEntries(states) as ClientExport['dataKeys'];
  }
}
