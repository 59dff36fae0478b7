import { isCalendarDate } from '@career/calendar';
import type { ClientEvent, ClientRegistered, ContactDetailsUpdated } from './client.events';
import type { ClientRecord, ClientState, LiveClientState } from './client-state';
import { storedMunicipality } from './municipality';
import { readableAnswers } from './voluntary-answers';

/**
 * State from events. Events are facts: evolve never refuses one. Personal fields may arrive
 * as ERASED markers (the service decodes events after a key was destroyed); they become
 * `undefined` here, so no rule ever mistakes a marker for a value.
 */
export function evolveClient(state: ClientState, event: ClientEvent): ClientState {
  if (event.type === 'ClientRegistered') return state.status === 'Empty' ? registered(event.data) : state;
  if (state.status !== 'Active' && state.status !== 'Exited') return state;
  return evolveLive(state, event);
}

function evolveLive(state: LiveClientState, event: Exclude<ClientEvent, ClientRegistered>): ClientState {
  switch (event.type) {
    case 'ClientReentered':
      return {
        ...state,
        status: 'Active',
        process: {
          number: event.data.processNumber,
          entryDate: event.data.entryDate,
          ...(event.data.statusAtReentry ? { statusAtReentry: event.data.statusAtReentry } : {}),
        },
      };
    case 'AdvisorAssigned':
      return { ...state, advisorId: event.data.advisorId };
    case 'ContactDetailsUpdated':
      return { ...state, ...contactAfter(state, event.data) };
    case 'ConsentRecorded':
      return { ...state, consent: 'given' };
    case 'ConsentWithdrawn':
      return { ...state, consent: 'withdrawn' };
    case 'ClientExited':
      return { ...state, status: 'Exited', lastExit: { exitDate: event.data.exitDate, reason: event.data.reason } };
    case 'PersonalDataDestroyed':
      if (event.data.scope === 'voluntary') {
        const { voluntaryAnswers: _destroyed, ...rest } = state;
        return { ...rest, voluntaryData: 'destroyed' };
      }
      return {
        status: 'Destroyed',
        clientId: state.clientId,
        organisation: state.organisation,
        projectCode: state.projectCode,
        preferredLanguage: state.preferredLanguage,
        firstEntry: state.firstEntry,
        processNumber: state.process.number,
        ...(state.lastExit ? { lastExit: state.lastExit } : {}),
        destruction: { reason: event.data.reason, whileStatus: state.status },
      };
    case 'PersonalDataViewed':
      return state;
  }
}

function registered(data: ClientRegistered['data']): ClientState {
  const answers = readableAnswers(data.voluntary);
  return {
    status: 'Active',
    clientId: data.clientId,
    organisation: data.organisation,
    projectCode: data.projectCode,
    preferredLanguage: data.preferredLanguage,
    referralSource: data.referralSource,
    municipality: storedMunicipality(data.municipality),
    identityCodeTemporary: data.identityCodeTemporary,
    ...(isCalendarDate(data.dateOfBirth) ? { dateOfBirth: data.dateOfBirth } : {}),
    contact: {
      ...readableString('email', data.email),
      ...readableString('phone', data.phone),
      ...readableObject('address', data.address),
    },
    firstEntry: { entryDate: data.entryDate, facts: data.entry, complete: data.entryDataComplete },
    voluntaryData: data.voluntary === undefined ? 'none' : 'held',
    ...(answers ? { voluntaryAnswers: answers } : {}),
    consent: 'not-recorded',
    process: { number: data.processNumber, entryDate: data.entryDate },
  };
}

function contactAfter(state: LiveClientState, change: ContactDetailsUpdated['data']): Pick<ClientRecord, 'contact' | 'municipality'> {
  const contact = { ...state.contact };
  for (const field of ['email', 'phone', 'address'] as const) {
    if (change[field] === undefined) continue;
    delete contact[field];
    Object.assign(contact, field === 'address' ? readableObject(field, change[field]) : readableString(field, change[field]));
  }
  return { contact, municipality: change.municipality === undefined ? state.municipality : storedMunicipality(change.municipality) };
}

function readableString<K extends string>(key: K, value: unknown): Partial<Record<K, string>> {
  return typeof value === 'string' ? ({ [key]: value } as Record<K, string>) : {};
}

/** A plain object that is neither an ERASED marker nor ciphertext. */
function readableObject<K extends string, V>(key: K, value: V | null | undefined): Partial<Record<K, V>> {
  if (typeof value !== 'object' || value === null || '$erased' in value || '$enc' in value) return {};
  return { [key]: value } as Record<K, V>;
}
