import { assertNever, type Decider } from '@career/event-sourcing';
import type { ClientEvent } from './client.events';
import type { ClientCommand } from './domain/client-commands';
import { clientError } from './domain/client-errors';
import { requireActive } from './domain/client-guards';
import type { ClientState } from './domain/client-state';
import { decideDestroyPersonalData, decideRecordConsent, decideWithdrawConsent } from './domain/consent-and-destruction';
import { decideUpdateContactDetails } from './domain/contact-details';
import { evolveClient } from './domain/evolve-client';
import { decideExitClient, decideReenterClient } from './domain/process-lifecycle';
import { decideRegisterClient } from './domain/register-client';

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
} from './domain/client-commands';
export type { ClientState, ClientRecord, DestroyedRecord, LiveClientState } from './domain/client-state';
export { CLIENT_ERRORS, type ClientErrorCode } from './domain/client-errors';
export { entryCategories, entryCategoriesOfRegistration, type EntryCategories } from './domain/entry-categories';
export { retentionEndsOn } from './domain/retention';

/**
 * The client aggregate (stream `client-<uuid>`): intake, advisor, contact details, consent to
 * the voluntary questions, exit and re-entry, destruction of personal data, and the log of
 * use. Pure: time comes as `metadata.now`, refusals are DomainErrors with `CLIENT.*` codes
 * (see CLIENT_ERRORS for their HTTP kind).
 */
export const clientDecider: Decider<ClientState, ClientCommand, ClientEvent> = {
  initialState: () => ({ status: 'Empty' }),

  decide(command, state) {
    switch (command.type) {
      case 'RegisterClient':
        if (state.status === 'Destroyed') {
          throw clientError('DATA_DESTROYED', "This client's personal data has been destroyed; the record is closed.");
        }
        if (state.status !== 'Empty') {
          throw clientError('ALREADY_REGISTERED', 'This client is already registered.', { clientId: state.clientId });
        }
        return decideRegisterClient(command);
      case 'ReenterClient':
        return decideReenterClient(command, state);
      case 'AssignAdvisor': {
        const client = requireActive(state);
        if (client.advisorId === command.data.advisorId) {
          throw clientError('ADVISOR_UNCHANGED', 'This advisor is already assigned to the client.');
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
        if (state.status === 'Empty') throw clientError('NOT_FOUND', 'No such client.');
        if (command.data.fields.length === 0) throw clientError('NO_FIELDS_VIEWED', 'Name the personal data that was read.');
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

