import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { accessOf } from '@career/auth';
import type { CommandSideContext } from '@career/event-sourcing';
import type { Page } from '@career/platform';
import { isErased, PersonalDataCipher } from '@career/privacy';
import type { Model } from 'mongoose';
import type { ViewPurpose } from '../domain/client-vocabulary';
import { storedMunicipality } from '../domain/municipality';
import { PersonalDataUseLog } from '../personal-data/personal-data-use-log';
import { CLIENT_ROW_MODEL, fromStoredCiphertext, type ClientRow, type ClientStatus } from './client-row.schema';

export class ListClientsQuery {
  constructor(
    /** Staff: their own organisation's clients are listed. */
    readonly context: CommandSideContext,
    readonly filter: { advisorId?: string; status?: ClientStatus },
    readonly page: Page,
    readonly purpose: ViewPurpose | undefined,
  ) {}
}

/** A list row: no identity code, no date of birth, no contact detail; the name for the advisor's eyes. */
export interface ClientListItem {
  clientId: string;
  organisation: string;
  projectCode: string;
  advisorId: string | null;
  status: ClientStatus;
  processNumber: number;
  entryDate: string;
  firstEntryDate: string;
  lastExitDate: string | null;
  preferredLanguage: string;
  municipality: string;
  /** null when erased (or never readable). */
  name: { firstName: string; lastName: string } | null;
  nameErased: boolean;
  revision: number;
}

export interface ClientList {
  items: ClientListItem[];
  limit: number;
  offset: number;
}

/**
 * The organisation's clients from the `clients` read model (eventually consistent: a client
 * registered a moment ago may appear a moment later). Names are decrypted here, per row, with
 * each client's key, and every row whose name was shown is recorded in that client's log of use.
 */
@QueryHandler(ListClientsQuery)
export class ListClientsHandler implements IQueryHandler<ListClientsQuery, ClientList> {
  constructor(
    @Inject(CLIENT_ROW_MODEL) private readonly rows: Model<ClientRow>,
    private readonly cipher: PersonalDataCipher,
    private readonly useLog: PersonalDataUseLog,
  ) {}

  async execute({ context, filter, page, purpose }: ListClientsQuery): Promise<ClientList> {
    const rows = await this.rows
      .find({
        organisation: context.organisation,
        ...(filter.advisorId !== undefined ? { advisorId: filter.advisorId } : {}),
        ...(filter.status !== undefined ? { status: filter.status } : {}),
      })
      .sort({ registeredAt: -1, _id: 1 })
      .skip(page.offset)
      .limit(page.limit)
      .lean();
    const items = await Promise.all(rows.map(async (row) => this.itemOf(row)));
    // Group commit on SQLite turns these concurrent appends into one write.
    await Promise.all(
      items
        .filter((item) => item.name !== null)
        .map((item) => this.useLog.recordView(item.clientId, ['name'], { context, access: accessOf(context), purpose })),
    );
    return { items, limit: page.limit, offset: page.offset };
  }

  private async itemOf(row: ClientRow): Promise<ClientListItem> {
    const { name, erased } = await this.nameOf(row);
    return {
      clientId: row._id,
      organisation: row.organisation,
      projectCode: row.projectCode,
      advisorId: row.advisorId ?? null,
      status: row.status,
      processNumber: row.processNumber,
      entryDate: row.entryDate,
      firstEntryDate: row.firstEntryDate,
      lastExitDate: row.lastExitDate ?? null,
      preferredLanguage: row.preferredLanguage,
      // Rows projected before registration validated it may hold a name: read it as the code.
      municipality: storedMunicipality(row.municipality),
      name,
      nameErased: erased,
      revision: row.revision,
    };
  }

  private async nameOf(row: ClientRow): Promise<{ name: ClientListItem['name']; erased: boolean }> {
    const firstName = fromStoredCiphertext(row.encryptedName?.firstName);
    const lastName = fromStoredCiphertext(row.encryptedName?.lastName);
    if (row.status === 'destroyed' || !firstName || !lastName) {
      return { name: null, erased: row.status === 'destroyed' };
    }
    // The field paths are the event's: the ciphertexts were copied from ClientRegistered.
    const [first, last] = await Promise.all([
      this.cipher.decrypt(row._id, firstName, 'firstName'),
      this.cipher.decrypt(row._id, lastName, 'lastName'),
    ]);
    if (isErased(first) || isErased(last)) return { name: null, erased: true };
    return { name: { firstName: String(first), lastName: String(last) }, erased: false };
  }
}
