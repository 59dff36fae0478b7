import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ConcurrencyRetriesExhaustedError, WrongExpectedRevisionError, type CommandContext } from '@career/event-sourcing';
import { ClientStreamReader } from '../client-stream.reader';
import type { ViewPurpose } from '../domain/client-vocabulary';
import { PersonalDataUseLog } from '../personal-data/personal-data-use-log';
import { clientDetailsOf, type ClientDetails } from './client-details';

export class GetClientQuery {
  constructor(
    readonly clientId: string,
    /** The reader; its organisation must be the client's. */
    readonly context: CommandContext,
    readonly purpose: ViewPurpose | undefined,
  ) {}
}

const ATTEMPTS = 3;

/**
 * One client, decrypted, from its stream; the read is recorded (PersonalDataViewed) at the very
 * revision that was shown, so the returned ETag (the revision after the record) vouches for
 * exactly what the caller saw. A change landing in between makes it read again.
 */
@QueryHandler(GetClientQuery)
export class GetClientHandler implements IQueryHandler<GetClientQuery, ClientDetails> {
  constructor(
    private readonly reader: ClientStreamReader,
    private readonly useLog: PersonalDataUseLog,
  ) {}

  async execute({ clientId, context, purpose }: GetClientQuery): Promise<ClientDetails> {
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      const loaded = await this.reader.loadInOrganisation(clientId, context.organisation);
      const { details, shown } = clientDetailsOf(loaded.events, loaded.revision);
      try {
        const revision = await this.useLog.recordView(clientId, shown, purpose, context, loaded.revision);
        return { ...details, revision };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
      }
    }
    throw new ConcurrencyRetriesExhaustedError(`client-${clientId}`, ATTEMPTS);
  }
}
