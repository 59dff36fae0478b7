import type { GuidanceProcessCommand } from '../guidance-process.commands';
import type { ContextWithoutClient } from '../../shared/system-context';

/**
 * Any guidance-process use case on the CommandBus: the decider command, the process it goes
 * to, who asks (the handler adds the process's client) and the caller's If-Match revision.
 */
export class RunGuidanceProcessCommand {
  constructor(
    readonly processId: string,
    readonly command: GuidanceProcessCommand,
    readonly context: ContextWithoutClient,
    readonly expectedRevision?: number,
  ) {}
}
