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
  /** Revision of the client stream these details were read at (before the view was logged): a document's provenance. */
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
        revision: loaded.revision,
      };
    }
    throw new ConcurrencyRetriesExhaustedError(`client-${clientId}`, ATTEMPTS);
  }
}
