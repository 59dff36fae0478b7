import type { Decider } from '@career/event-sourcing';
import { clientDecider } from './client.decider';
import type { ClientEvent } from './client.events';
import type { ClientCommand } from './domain/client-commands';
import { clientError } from './domain/client-errors';
import type { ClientState } from './domain/client-state';

/**
 * The client decider as staff of one organisation may use it: another organisation's client is
 * "No such client" (404), exactly like a client that does not exist, so ids of other
 * organisations' clients reveal nothing. Checked on the state the command is decided on, so a
 * retry after a concurrency conflict checks again.
 */
export function organisationScopedDecider(organisation: string): Decider<ClientState, ClientCommand, ClientEvent> {
  return {
    ...clientDecider,
    decide(command, state) {
      if (state.status !== 'Empty' && state.organisation !== organisation) throw clientError('NOT_FOUND', 'No such client.');
      return clientDecider.decide(command, state);
    },
  };
}
