import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Access, CommandSideOf } from '@career/event-sourcing';
import { DATA_KEY_STORE, type DataKeyStore } from '@career/privacy';
import { client } from '../domain/client.aggregate';
import { IDENTITY_CODE_INDEX } from '../identity-index/identity-code.providers';
import type { IdentityCodeIndex } from '../identity-index/identity-code-index';
import { eraseDestroyedFields } from '../personal-data/erase-destroyed-fields';
import { clientDetailsOf } from './client-details';
import { dataKeyStatesOf, type ClientExport } from './export-client.query';
import { ownDetailsOf, ownExportEventOf, type OwnClientDetails, type OwnExportEvent } from './own-details';

/**
 * The signed-in person's reads of their own record (`/api/v1/me`). Not recorded in the log of
 * use: that log is of staff and services using a client's data (docs/domain.md#personal-data,
 * "every read of a client's personal data by staff is itself recorded"), which the client can
 * read; the person reading what is theirs is neither a use by the organisation nor a disclosure
 * to anyone, and recording it would fill the log they read with their own reads and move the
 * record's revision (their ETag) on every look. What they change is recorded, with them as actor.
 */
export class GetOwnDetailsQuery {
  constructor(
    readonly clientId: string,
    /** The person's own record only: `{ organisation, clientId }`. */
    readonly access: Access,
  ) {}
}

@QueryHandler(GetOwnDetailsQuery)
export class GetOwnDetailsHandler implements IQueryHandler<GetOwnDetailsQuery, OwnClientDetails> {
  constructor(@Inject(client.token) private readonly clients: CommandSideOf<typeof client>) {}

  async execute({ clientId, access }: GetOwnDetailsQuery): Promise<OwnClientDetails> {
    const { events, revision } = await this.clients.load(clientId, access);
    return ownDetailsOf(clientDetailsOf(eraseDestroyedFields(events), revision).details);
  }
}

/** The person's right of access to what client-intake holds about them (see GetOwnDetailsQuery: not logged as a view). */
export class ExportOwnDataQuery {
  constructor(
    readonly clientId: string,
    readonly access: Access,
    readonly now: Date,
  ) {}
}

export interface OwnDataExport {
  exportedAt: string;
  service: 'client-intake';
  client: OwnClientDetails;
  /** Every event of their record, decrypted, with the identity code and advisors' notes withheld (named per event). */
  events: OwnExportEvent[];
  dataKeys: ClientExport['dataKeys'];
  /** Duplicate detection keeps a keyed hash of (organisation, identity code), never the code. */
  identityCodeIndex: { entryHeld: boolean };
}

@QueryHandler(ExportOwnDataQuery)
export class ExportOwnDataHandler implements IQueryHandler<ExportOwnDataQuery, OwnDataExport> {
  constructor(
    @Inject(client.token) private readonly clients: CommandSideOf<typeof client>,
    @Inject(DATA_KEY_STORE) private readonly keys: DataKeyStore,
    @Inject(IDENTITY_CODE_INDEX) private readonly identityIndex: IdentityCodeIndex,
  ) {}

  async execute({ clientId, access, now }: ExportOwnDataQuery): Promise<OwnDataExport> {
    const loaded = await this.clients.load(clientId, access);
    const events = eraseDestroyedFields(loaded.events);
    const [dataKeys, entryHeld] = await Promise.all([dataKeyStatesOf(this.keys, clientId), this.identityIndex.holds(clientId)]);
    return {
      exportedAt: now.toISOString(),
      service: 'client-intake',
      client: ownDetailsOf(clientDetailsOf(events, loaded.revision).details),
      events: events.map(ownExportEventOf),
      dataKeys,
      identityCodeIndex: { entryHeld },
    };
  }
}
