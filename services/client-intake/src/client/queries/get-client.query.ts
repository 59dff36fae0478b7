import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Access, CommandSideContext } from '@career/event-sourcing';
import type { ViewPurpose } from '../domain/client-vocabulary';
import { PersonalDataUseLog } from '../personal-data/personal-data-use-log';
import { clientDetailsOf, type ClientDetails } from './client-details';

export class GetClientQuery {
  constructor(
    readonly clientId: string,
    readonly context: CommandSideContext,
    /** Staff see their own organisation's clients only. */
    readonly access: Access,
    readonly purpose: ViewPurpose | undefined,
  ) {}
}

/**
 * One client, decrypted, from its stream; the read is recorded (PersonalDataViewed) at the very
 * revision that was shown, so the returned revision (the ETag) vouches for exactly what the
 * caller saw.
 */
@QueryHandler(GetClientQuery)
export class GetClientHandler implements IQueryHandler<GetClientQuery, ClientDetails> {
  constructor(private readonly useLog: PersonalDataUseLog) {}

  execute({ clientId, context, access, purpose }: GetClientQuery): Promise<ClientDetails> {
    return this.useLog.read(clientId, { context, access, purpose }, ({ events, revision }) => {
      const { details, shown } = clientDetailsOf(events, revision);
      return { shown, answer: (revisionAfter) => ({ ...details, revision: revisionAfter }) };
    });
  }
}
