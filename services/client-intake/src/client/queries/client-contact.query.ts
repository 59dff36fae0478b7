import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ConcurrencyRetriesExhaustedError, WrongExpectedRevisionError, type CommandContext } from '@career/event-sourcing';
import { ClientStreamReader } from '../client-stream.reader';
import type { PersonalDataItem, PostalAddress, PreferredLanguage, ViewPurpose } from '../domain/client-vocabulary';
import { PersonalDataUseLog } from '../personal-data/personal-data-use-log';
import { clientDetailsOf } from './client-details';

export class ClientContactQuery {
  constructor(
    readonly clientId: string,
    /** The calling service (actor role `service`); the organisation recorded is the client's. */
    readonly context: CommandContext,
    readonly purpose: ViewPurpose | undefined,
  ) {}
}

/** What document generation prints: name, contact details, language. Erased fields are null and named. */
export interface ClientContact {
  clientId: string;
  organisation: string;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  address: PostalAddress | null;
  municipality: string;
  preferredLanguage: PreferredLanguage;
  erased: PersonalDataItem[];
  /**
   * Revision of the last event that changed the client's data (logged views do not count):
   * a document's provenance, equal for two reads of unchanged data.
   */
  revision: number;
}

const CONTACT_ITEMS: readonly PersonalDataItem[] = ['name', 'email', 'phone', 'address'];
const ATTEMPTS = 3;

/** Services read a client of any organisation (they serve them all); every read is logged like a staff read. */
@QueryHandler(ClientContactQuery)
export class ClientContactHandler implements IQueryHandler<ClientContactQuery, ClientContact> {
  constructor(
    private readonly reader: ClientStreamReader,
    private readonly useLog: PersonalDataUseLog,
  ) {}

  async execute({ clientId, context, purpose }: ClientContactQuery): Promise<ClientContact> {
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      const loaded = await this.reader.load(clientId);
      const { details, shown } = clientDetailsOf(loaded.events, loaded.revision);
      const fields = shown.filter((item) => CONTACT_ITEMS.includes(item));
      try {
        await this.useLog.recordView(clientId, fields, purpose ?? 'document-generation', { ...context, organisation: details.organisation }, loaded.revision);
      } catch (error) {
        if (error instanceof WrongExpectedRevisionError) continue;
        throw error;
      }
      return {
        clientId,
        organisation: details.organisation,
        firstName: details.firstName,
        lastName: details.lastName,
        email: details.email,
        phone: details.phone,
        address: details.address,
        municipality: details.municipality,
        preferredLanguage: details.preferredLanguage,
        erased: details.erased.filter((item) => CONTACT_ITEMS.includes(item)),
        revision: dataRevisionOf(loaded.recorded),
      };
    }
    throw new ConcurrencyRetriesExhaustedError(`client-${clientId}`, ATTEMPTS);
  }
}

/** The revision of the last event that is not a logged read: reads do not change the data. */
export function dataRevisionOf(recorded: readonly { type: string; revision: number }[]): number {
  for (let i = recorded.length - 1; i >= 0; i--) if (recorded[i].type !== 'PersonalDataViewed') return recorded[i].revision;
  return -1;
}
