import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Access, Actor } from '@career/event-sourcing';
import { ROOT_LOGGER } from '@career/platform';
import type { Logger } from 'pino';
import { collectPersonalDetails } from './personal-details';
import { processView, type Disclosure, type ProcessView } from './process-view';
import { ProcessStreamReader } from './process-stream.reader';

export class GetProcessQuery {
  constructor(
    readonly processId: string,
    readonly access: Access,
    readonly actor: Actor,
    readonly disclosure: Disclosure,
    readonly now: Date,
    readonly requestId?: string,
  ) {}
}

@QueryHandler(GetProcessQuery)
export class GetProcessHandler implements IQueryHandler<GetProcessQuery, ProcessView> {
  constructor(
    private readonly reader: ProcessStreamReader,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  async execute({ processId, access, actor, disclosure, now, requestId }: GetProcessQuery): Promise<ProcessView> {
    const { state, events, revision } = await this.reader.load(processId, access);
    if (disclosure === 'all') {
      // Reading a client's personal data is itself recorded (who, when, which record): ids only
      // (docs/domain.md#personal-data, log of use).
      this.logger.info(
        { audit: 'personal-data-read', actorId: actor.id, actorRole: actor.role, clientId: state.clientId, processId, requestId },
        'guidance process notes read',
      );
    }
    return processView(state, revision, now, collectPersonalDetails(events), disclosure);
  }
}
