import { assertNever, type Decider } from '@career/event-sourcing';
import { refuse } from '../../client-intake.errors';
import type { ClientEvent } from './client.events';
import type { ClientCommand } from './client-commands';
import { requireActive } from './client-guards';
import type { ClientState } from './client-state';
import { decideDestroyPersonalData, decideRecordConsent, decideWithdrawConsent } from './consent-and-destruction';
import { decideUpdateContactDetails } from './contact-details';
import { evolveClient } from './evolve-client';
import { decideExitClient, decideReenterClient } from './process-lifecycle';
import { decideRegisterClient } from './register-client';

export type {
  AssignAdvisor,
  ClientCommand,
  DestroyPersonalData,
  ExitClient,
  RecordConsent,
  RecordPersonalDataViewed,
  ReenterClient,
  RegisterClient,
  UpdateContactDetails,
  WithdrawConsent,
} from './client-commands';
export type { ClientState, ClientRecord, DestroyedRecord, LiveClientState } from './client-state';
export { entryCategories, entryCategoriesOfRegistration, type EntryCategories } from './entry-categories';

/**
 * The rules of a client (stream `client-<uuid>`, declared in client.aggregate.ts): intake,
 * advisor, contact details, consent to the voluntary questions, exit and re-entry, destruction
 * of personal data, and the log of use. Pure: time comes as `metadata.now`, refusals are
 * `CLIENT.*` codes from client-intake.errors.ts.
 */
export const clientDecider: Decider<ClientState, ClientCommand, ClientEvent> = {
  initialState: () => ({ status: 'Empty' }),

  decide(command, state) {
    switch (command.type) {
      case 'RegisterClient':
        if (state.status === 'Destroyed') {
          throw refuse('CLIENT.DATA_DESTROYED');
        }
        if (state.status !== 'Empty') {
          throw refuse('CLIENT.ALREADY_REGISTERED', { clientId: state.clientId });
        }
        return decideRegisterClient(command);
      case 'ReenterClient':
        return decideReenterClient(command, state);
      case 'AssignAdvisor': {
        const client = requireActive(state);
        if (client.advisorId === command.data.advisorId) {
          throw refuse('CLIENT.ADVISOR_UNCHANGED');
        }
        return [
          {
            type: 'AdvisorAssigned',
            data: {
              advisorId: command.data.advisorId,
              ...(client.advisorId !== undefined ? { previousAdvisorId: client.advisorId } : {}),
            },
          },
        ];
      }
      case 'UpdateContactDetails':
        return decideUpdateContactDetails(command, state);
      case 'RecordConsent':
        return decideRecordConsent(command, state);
      case 'WithdrawConsent':
        return decideWithdrawConsent(command, state);
      case 'ExitClient':
        return decideExitClient(command, state);
      case 'DestroyPersonalData':
        return decideDestroyPersonalData(command, state);
      case 'RecordPersonalDataViewed':
        // Recorded in every state once registered, destroyed included: reading a destroyed
        // client shows erased fields, and the read itself is still a use to be logged.
        if (state.status === 'Empty') throw refuse('CLIENT.NOT_FOUND');
        if (command.data.fields.length === 0) throw refuse('CLIENT.NO_FIELDS_VIEWED');
        return [
          {
            type: 'PersonalDataViewed',
            data: {
              fields: command.data.fields,
              ...(command.data.purpose !== undefined ? { purpose: command.data.purpose } : {}),
            },
          },
        ];
      default:
        return assertNever(command);
    }
  },

  evolve: evolveClient,
};

