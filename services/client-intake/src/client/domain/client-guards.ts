import { clientError } from './client-errors';
import type { ClientState, LiveClientState } from './client-state';

/** A registered client whose personal data still exists. */
export function requireLive(state: ClientState): LiveClientState {
  if (state.status === 'Empty') throw clientError('NOT_FOUND', 'No such client.');
  if (state.status === 'Destroyed') {
    throw clientError('DATA_DESTROYED', "This client's personal data has been destroyed; the record is closed.");
  }
  return state;
}

/** A client in a running guidance process. */
export function requireActive(state: ClientState): Extract<ClientState, { status: 'Active' }> {
  const live = requireLive(state);
  if (live.status !== 'Active') throw clientError('NOT_ACTIVE', 'The client has exited; re-enter them first.');
  return live;
}
