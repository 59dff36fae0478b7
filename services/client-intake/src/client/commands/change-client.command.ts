import type { CommandContext } from '@career/event-sourcing';
import type { ClientCommand } from '../domain/client-commands';

/** The commands on an existing client that need nothing but the decider (and key shredding after). */
export type ClientChange = Exclude<ClientCommand, { type: 'RegisterClient' | 'ReenterClient' | 'RecordPersonalDataViewed' }>;

export class ChangeClientCommand {
  constructor(
    readonly clientId: string,
    readonly change: ClientChange,
    readonly context: CommandContext,
    /** From If-Match: the revision the caller saw; a different one is 412. */
    readonly expectedRevision?: number,
    /**
     * Staff act only on their organisation's clients (another's is 404); the retention job,
     * acting for every organisation, passes undefined.
     */
    readonly organisation?: string,
  ) {}
}

export interface ClientChangeResult {
  clientId: string;
  /** The stream's revision now: the new ETag. */
  revision: number;
  /** Event types appended (none when the command changed nothing). */
  appended: string[];
}
