import type { ContextWithoutClient } from '../../shared/system-context';
import type { GroupSessionCommand } from '../group-session.commands';

/** Any group-session use case on the CommandBus (If-Match revision optional). */
export class RunGroupSessionCommand {
  constructor(
    readonly sessionId: string,
    readonly command: GroupSessionCommand,
    readonly context: ContextWithoutClient,
    readonly expectedRevision?: number,
  ) {}
}
