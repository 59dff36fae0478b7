import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Access, CommandSideContext } from '@career/event-sourcing';
import type { PersonalDataItem, PostalAddress, PreferredLanguage, ViewPurpose } from '../domain/client-vocabulary';
import { PersonalDataUseLog } from '../personal-data/personal-data-use-log';
import { clientDetailsOf } from './client-details';

export class ClientContactQuery {
  constructor(
    readonly clientId: string,
    /** The calling service (actor role `service`); the organisation recorded is the client's. */
    readonly context: CommandSideContext,
    /** The calling service's access: the organisation its token names, unless it is configured as cross-organisation. */
    readonly access: Access,
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

/**
 * A service reads a client of the organisation its token names (the user's the call is made
 * for), another organisation's answering like a missing one; every read is logged like a staff read.
 */
@QueryHandler(ClientContactQuery)
export class ClientContactHandler implements IQueryHandler<ClientContactQuery, ClientContact> {
  constructor(private readonly useLog: PersonalDataUseLog) {}

  execute({ clientId, context, access, purpose }: ClientContactQuery): Promise<ClientContact> {
    const request = { context, access, purpose: purpose ?? 'document-generation' } as const;
    return this.useLog.read(clientId, request, ({ events, revision }) => {
      const { details, shown } = clientDetailsOf(events, revision);
      const contact: ClientContact = {
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
        revision: dataRevisionOf(events),
      };
      return { shown: shown.filter((item) => CONTACT_ITEMS.includes(item)), answer: () => contact };
    });
  }
}

/** The revision of the last event that is not a logged read: reads do not change the data. */
function dataRevisionOf(events: readonly { type: string; revision: number }[]): number {
  for (let i = events.length - 1; i >= 0; i--) if (events[i].type !== 'PersonalDataViewed') return events[i].revision;
  return -1;
}
