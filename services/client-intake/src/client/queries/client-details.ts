import type { RecordedEvent } from '@career/event-sourcing';
import { isErased } from '@career/privacy';
import type { ClientEvent } from '../domain/client.events';
import type { EntryFacts, LabourMarketSituation } from '../domain/entry-data';
import type {
  ConsentScope,
  DestructionReason,
  DestructionScope,
  ExitReason,
  PersonalDataItem,
  PostalAddress,
  PreferredLanguage,
  ReferralSource,
} from '../domain/client-vocabulary';
import type { VoluntaryAnswers } from '../domain/voluntary-answers';
import { storedMunicipality } from '../domain/municipality';

/** A personal field: never given (or cleared), readable, or erased (its key destroyed). */
type Field<T> = { kind: 'absent' } | { kind: 'value'; value: T } | { kind: 'erased' };

/**
 * One client as staff see it (GET /api/v1/clients/:id): everything decrypted; an erased field
 * is `null` and named in `erased`, a field never given is `null` and not named there.
 */
export interface ClientDetails {
  clientId: string;
  organisation: string;
  projectCode: string;
  status: 'active' | 'exited' | 'destroyed';
  firstName: string | null;
  lastName: string | null;
  personalIdentityCode: string | null;
  identityCodeTemporary: boolean;
  dateOfBirth: string | null;
  email: string | null;
  phone: string | null;
  address: PostalAddress | null;
  municipality: string;
  preferredLanguage: PreferredLanguage;
  referralSource: ReferralSource;
  /** The Structural Fund entry data of the first entry (re-entry keeps it). */
  entry: EntryFacts;
  entryDataComplete: boolean;
  voluntaryAnswers: VoluntaryAnswers | null;
  consent: { scope: ConsentScope; status: 'not-recorded' | 'given' | 'withdrawn' };
  advisorId: string | null;
  /** The current (or, once exited, the last) guidance process. */
  process: { number: number; entryDate: string; statusAtReentry?: LabourMarketSituation };
  firstEntryDate: string;
  registeredAt: string;
  lastExit: { exitDate: string; reason: ExitReason; note: string | null } | null;
  destructions: { scope: DestructionScope; reason: DestructionReason; at: string }[];
  /** Personal data this service had and no longer can read (crypto-shredded). */
  erased: PersonalDataItem[];
  /** Revision of the client's stream: send it back as If-Match. */
  revision: number;
}

export interface ClientDetailsView {
  details: ClientDetails;
  /** What the reader gets to see: recorded in PersonalDataViewed. */
  shown: PersonalDataItem[];
}

/** The client's details from their decoded stream (pure; the first event must be ClientRegistered). */
export function clientDetailsOf(events: readonly RecordedEvent<ClientEvent>[], revision: number): ClientDetailsView {
  const [first] = events;
  const registeredEvent = first as unknown as Extract<ClientEvent, { type: 'ClientRegistered' }> | undefined;
  if (!registeredEvent || registeredEvent.type !== 'ClientRegistered') throw new Error('a client stream starts with ClientRegistered');
  const registered = registeredEvent.data;

  const fields = {
    firstName: fieldOf<string>(registered.firstName),
    lastName: fieldOf<string>(registered.lastName),
    personalIdentityCode: fieldOf<string>(registered.personalIdentityCode),
    dateOfBirth: fieldOf<string>(registered.dateOfBirth),
    email: fieldOf<string>(registered.email),
    phone: fieldOf<string>(registered.phone),
    address: fieldOf<PostalAddress>(registered.address),
    voluntary: fieldOf<VoluntaryAnswers>(registered.voluntary),
    exitNote: { kind: 'absent' } as Field<string>,
  };
  const details: Omit<ClientDetails, 'erased' | 'firstName' | 'lastName' | 'personalIdentityCode' | 'dateOfBirth' | 'email' | 'phone' | 'address' | 'voluntaryAnswers'> = {
    clientId: registered.clientId,
    organisation: registered.organisation,
    projectCode: registered.projectCode,
    status: 'active',
    identityCodeTemporary: registered.identityCodeTemporary,
    municipality: storedMunicipality(registered.municipality),
    preferredLanguage: registered.preferredLanguage,
    referralSource: registered.referralSource,
    entry: registered.entry,
    entryDataComplete: registered.entryDataComplete,
    consent: { scope: 'voluntary-questions', status: 'not-recorded' },
    advisorId: null,
    process: { number: registered.processNumber, entryDate: registered.entryDate },
    firstEntryDate: registered.entryDate,
    registeredAt: registered.registeredAt,
    lastExit: null,
    destructions: [],
    revision,
  };

  for (const recorded of events.slice(1)) {
    const event = recorded as unknown as ClientEvent;
    switch (event.type) {
      case 'ClientReentered':
        details.status = 'active';
        details.process = {
          number: event.data.processNumber,
          entryDate: event.data.entryDate,
          ...(event.data.statusAtReentry ? { statusAtReentry: event.data.statusAtReentry } : {}),
        };
        break;
      case 'AdvisorAssigned':
        details.advisorId = event.data.advisorId;
        break;
      case 'ContactDetailsUpdated':
        if (event.data.email !== undefined) fields.email = fieldOf<string>(event.data.email);
        if (event.data.phone !== undefined) fields.phone = fieldOf<string>(event.data.phone);
        if (event.data.address !== undefined) fields.address = fieldOf<PostalAddress>(event.data.address);
        if (event.data.municipality !== undefined) details.municipality = storedMunicipality(event.data.municipality);
        break;
      case 'ConsentRecorded':
        details.consent = { scope: event.data.scope, status: 'given' };
        break;
      case 'ConsentWithdrawn':
        details.consent = { scope: event.data.scope, status: 'withdrawn' };
        break;
      case 'ClientExited':
        details.status = 'exited';
        fields.exitNote = fieldOf<string>(event.data.note);
        details.lastExit = { exitDate: event.data.exitDate, reason: event.data.reason, note: null };
        break;
      case 'PersonalDataDestroyed':
        details.destructions.push({ scope: event.data.scope, reason: event.data.reason, at: recorded.metadata.occurredAt });
        if (event.data.scope === 'all') details.status = 'destroyed';
        break;
      case 'ClientRegistered':
      case 'PersonalDataViewed':
        break;
    }
  }

  const items: [PersonalDataItem, Field<unknown>[]][] = [
    ['name', [fields.firstName, fields.lastName]],
    ['personalIdentityCode', [fields.personalIdentityCode]],
    ['dateOfBirth', [fields.dateOfBirth]],
    ['email', [fields.email]],
    ['phone', [fields.phone]],
    ['address', [fields.address]],
    ['voluntaryAnswers', [fields.voluntary]],
    ['exitNotes', [fields.exitNote]],
  ];
  if (details.lastExit) details.lastExit.note = valueOf(fields.exitNote);
  return {
    details: {
      ...details,
      firstName: valueOf(fields.firstName),
      lastName: valueOf(fields.lastName),
      personalIdentityCode: valueOf(fields.personalIdentityCode),
      dateOfBirth: valueOf(fields.dateOfBirth),
      email: valueOf(fields.email),
      phone: valueOf(fields.phone),
      address: valueOf(fields.address),
      voluntaryAnswers: valueOf(fields.voluntary),
      erased: items.filter(([, of]) => of.some((f) => f.kind === 'erased')).map(([item]) => item),
    },
    shown: items.filter(([, of]) => of.some((f) => f.kind === 'value')).map(([item]) => item),
  };
}

function fieldOf<T>(value: unknown): Field<T> {
  if (value === undefined || value === null) return { kind: 'absent' };
  if (isErased(value)) return { kind: 'erased' };
  return { kind: 'value', value: value as T };
}

function valueOf<T>(field: Field<T>): T | null {
  return field.kind === 'value' ? field.value : null;
}

/** Which personal data items hold a readable value anywhere in these events (what an export discloses). */
export function personalItemsIn(events: readonly RecordedEvent<ClientEvent>[]): PersonalDataItem[] {
  const itemOfField: Record<string, PersonalDataItem> = {
    firstName: 'name',
    lastName: 'name',
    personalIdentityCode: 'personalIdentityCode',
    dateOfBirth: 'dateOfBirth',
    email: 'email',
    phone: 'phone',
    address: 'address',
    voluntary: 'voluntaryAnswers',
    note: 'exitNotes',
  };
  const found = new Set<PersonalDataItem>();
  for (const event of events) {
    for (const [field, value] of Object.entries(event.data as Record<string, unknown>)) {
      const item = itemOfField[field];
      if (item && fieldOf(value).kind === 'value') found.add(item);
    }
  }
  return [...found];
}
