import type { DomainEvent } from '@career/event-sourcing';
import type { CalendarDate } from '@career/calendar';
import type { EntryFacts, LabourMarketSituation } from './entry-data';
import type { VoluntaryAnswers } from './voluntary-answers';
import type {
  ConsentScope,
  DestructionReason,
  DestructionScope,
  ExitReason,
  PersonalDataItem,
  PostalAddress,
  PreferredLanguage,
  ReferralSource,
  ViewPurpose,
} from './client-vocabulary';

export { PREFERRED_LANGUAGES, type PreferredLanguage } from './client-vocabulary';

/** Stream category: streams are `client-<uuid>`. */
export const CLIENT_CATEGORY = 'client';

/*
 * Events of the client stream. Payloads carry no actor and no organisation of the person
 * acting: who did it, when, and for which organisation go into the envelope's metadata,
 * added by the command side. Personal fields are listed in PERSONAL_FIELD_KEYS below.
 */

/** The first entry: everything intake records. Personal fields are encrypted by the service. */
export type ClientRegistered = DomainEvent<
  'ClientRegistered',
  {
    clientId: string;
    organisation: string;
    /** Structural Fund project code, e.g. S20738. */
    projectCode: string;
    preferredLanguage: PreferredLanguage;
    referralSource: ReferralSource;
    /**
     * The municipality's code in the classification in force (libs/municipalities), clear text
     * (see PERSONAL_FIELD_KEYS). Events stored before it was validated hold what was typed, a
     * code or a name: read it through storedMunicipality().
     */
    municipality: string;
    firstName: string;
    lastName: string;
    /** Exactly as given (two codes differing only by the century sign are different people). */
    personalIdentityCode: string;
    /** Individual number 900-999. */
    identityCodeTemporary: boolean;
    dateOfBirth: CalendarDate;
    email?: string;
    phone?: string;
    address?: PostalAddress;
    /** Structural Fund entry data as categories, with the age computed at entry. */
    entry: EntryFacts;
    /** Absent when no voluntary question was asked. Encrypted with the voluntary key. */
    voluntary?: VoluntaryAnswers;
    /**
     * The advisor named at registration, so that the published ClientRegistered carries it
     * (consumers learn the advisor with the registration). The assignment itself is the
     * AdvisorAssigned that follows; the state takes the advisor from that event only.
     */
    advisorId?: string;
    entryDataComplete: boolean;
    processNumber: 1;
    /** Finnish calendar date of the entry. */
    entryDate: CalendarDate;
    /** The instant of registration (ISO 8601). */
    registeredAt: string;
  }
>;

/**
 * A client who exited comes back: a new guidance process of the same participant. The
 * Structural Fund entry data stays the first entry's; the status now is kept beside it.
 */
export type ClientReentered = DomainEvent<
  'ClientReentered',
  {
    processNumber: number;
    entryDate: CalendarDate;
    previousExitDate: CalendarDate;
    statusAtReentry?: LabourMarketSituation;
  }
>;

export type AdvisorAssigned = DomainEvent<'AdvisorAssigned', { advisorId: string; previousAdvisorId?: string }>;

/**
 * Only the fields that changed. `null` clears email, phone or address; absent leaves it as it was.
 */
export type ContactDetailsUpdated = DomainEvent<
  'ContactDetailsUpdated',
  {
    email?: string | null;
    phone?: string | null;
    address?: PostalAddress | null;
    /** A municipality code, as in ClientRegistered (older events: what was typed). */
    municipality?: string;
  }
>;

export type ConsentRecorded = DomainEvent<'ConsentRecorded', { scope: ConsentScope }>;

export type ConsentWithdrawn = DomainEvent<'ConsentWithdrawn', { scope: ConsentScope }>;

export type ClientExited = DomainEvent<
  'ClientExited',
  {
    processNumber: number;
    exitDate: CalendarDate;
    reason: ExitReason;
    /** Free text: personal, encrypted. */
    note?: string;
  }
>;

/**
 * The one event that destroys data keys (crypto-shredding) and the one other services hear
 * about: 'all' destroys both of the client's keys, 'voluntary' only the voluntary answers' key
 * (consent withdrawn). Withdrawing consent emits it with scope 'voluntary'.
 */
export type PersonalDataDestroyed = DomainEvent<
  'PersonalDataDestroyed',
  { reason: DestructionReason; scope: DestructionScope }
>;

/** The log of use: a staff member (in the metadata) read these items of the client's data. */
export type PersonalDataViewed = DomainEvent<
  'PersonalDataViewed',
  { fields: PersonalDataItem[]; purpose?: ViewPurpose }
>;

export type ClientEvent =
  | ClientRegistered
  | ClientReentered
  | AdvisorAssigned
  | ContactDetailsUpdated
  | ConsentRecorded
  | ConsentWithdrawn
  | ClientExited
  | PersonalDataDestroyed
  | PersonalDataViewed;

export type ClientEventType = ClientEvent['type'];

/** Current schema version of each event type (a new version comes with an upcaster). */
export const CLIENT_SCHEMA_VERSIONS: Record<ClientEventType, number> = {
  ClientRegistered: 1,
  ClientReentered: 1,
  AdvisorAssigned: 1,
  ContactDetailsUpdated: 1,
  ConsentRecorded: 1,
  ConsentWithdrawn: 1,
  ClientExited: 1,
  PersonalDataDestroyed: 1,
  PersonalDataViewed: 1,
};

/**
 * Which data key encrypts a personal field. Each client has two keys:
 *  - 'identity'  -> key id `<clientId>`            : names, identity code, date of birth,
 *                                                     contact details, free-text notes;
 *  - 'voluntary' -> key id `<clientId>:voluntary`  : the voluntary disadvantage answers.
 * Withdrawing consent destroys only the voluntary key; destroying all personal data destroys
 * both. Use dataKeyIdOf() for the id, never build it by hand.
 */
export type DataKeyScope = 'identity' | 'voluntary';

/**
 * For each event type, the dotted paths of its personal fields and the key that encrypts each.
 *
 * Deliberately clear text (not direct identifiers, and needed unencrypted):
 *  - municipality: a classification code (a place of hundreds to hundreds of thousands), needed
 *    for regional roll-ups; ClientRegistered publishes it with its region for the participant
 *    rows (see client-intake.published.ts), and after destruction it no longer links to anyone;
 *  - entry (gender, labour-market status, months, ISCED, ageAtEntry): the Fund's categories,
 *    published as they are, so the relay needs no key; the date of birth itself is encrypted;
 *  - identityCodeTemporary, referral source, exit reason, view purpose: codes, not free text;
 *  - advisorId: a staff member's id, not the client's data.
 * `address` and `voluntary` are encrypted as whole objects (which questions were asked is not
 * visible either).
 */
export const PERSONAL_FIELD_KEYS: { readonly [T in ClientEventType]: Readonly<Record<string, DataKeyScope>> } = {
  ClientRegistered: {
    firstName: 'identity',
    lastName: 'identity',
    personalIdentityCode: 'identity',
    dateOfBirth: 'identity',
    email: 'identity',
    phone: 'identity',
    address: 'identity',
    voluntary: 'voluntary',
  },
  ClientReentered: {},
  AdvisorAssigned: {},
  ContactDetailsUpdated: { email: 'identity', phone: 'identity', address: 'identity' },
  ConsentRecorded: {},
  ConsentWithdrawn: {},
  ClientExited: { note: 'identity' },
  PersonalDataDestroyed: {},
  PersonalDataViewed: {},
};

function pathsWhere(keep: (scope: DataKeyScope) => boolean): Readonly<Record<ClientEventType, readonly string[]>> {
  return Object.fromEntries(
    Object.entries(PERSONAL_FIELD_KEYS).map(([type, fields]) => [
      type,
      Object.entries(fields)
        .filter(([, scope]) => keep(scope))
        .map(([path]) => path),
    ]),
  ) as unknown as Record<ClientEventType, readonly string[]>;
}

/** Every personal field of every event type, whichever key encrypts it. */
export const PERSONAL_FIELDS: Readonly<Record<ClientEventType, readonly string[]>> = pathsWhere(() => true);

/** The personal fields per key: give each to a codec that encrypts with dataKeyIdOf(clientId, scope). */
export const PERSONAL_FIELDS_BY_KEY: Readonly<Record<DataKeyScope, Readonly<Record<ClientEventType, readonly string[]>>>> = {
  identity: pathsWhere((scope) => scope === 'identity'),
  voluntary: pathsWhere((scope) => scope === 'voluntary'),
};

export const DATA_KEY_SCOPES: readonly DataKeyScope[] = ['identity', 'voluntary'];

/** The id under which a client's key of this scope is kept (and destroyed) in the key store. */
export function dataKeyIdOf(clientId: string, scope: DataKeyScope): string {
  return scope === 'identity' ? clientId : `${clientId}:voluntary`;
}

/** The keys the service must destroy when this event is appended (none for most events). */
export function dataKeyScopesDestroyedBy(event: ClientEvent): readonly DataKeyScope[] {
  if (event.type !== 'PersonalDataDestroyed') return [];
  return event.data.scope === 'all' ? DATA_KEY_SCOPES : ['voluntary'];
}
