import type { CommandContext } from '@career/event-sourcing';
import type { ReenterClient } from '../domain/client-commands';

export class ReenterClientCommand {
  constructor(
    readonly clientId: string,
    readonly data: ReenterClient['data'],
    readonly context: CommandContext,
    readonly organisation: string,
    readonly expectedRevision?: number,
  ) {}
}
