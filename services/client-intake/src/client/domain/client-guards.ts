import { refuse } from '../../client-intake.errors';
import type { ClientState, LiveClientState } from './client-state';

/** A registered client whose personal data still exists. */
export function requireLive(state: ClientState): LiveClientState {
  if (state.status === 'Empty') throw refuse('CLIENT.NOT_FOUND');
  if (state.status === 'Destroyed') {
    throw refuse('CLIENT.DATA_DESTROYED');
  }
  return state;
}

/** A client in a running guidance process. */
export function requireActive(state: ClientState): Extract<ClientState, { status: 'Active' }> {
  const live = requireLive(state);
  if (live.status !== 'Active') throw refuse('CLIENT.NOT_ACTIVE');
  return live;
}
