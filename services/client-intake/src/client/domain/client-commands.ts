import type { CalendarDate } from '@career/calendar';
import type { EntryData, LabourMarketSituation } from './entry-data';
import type { VoluntaryAnswers } from './voluntary-answers';
import type {
  ConsentScope,
  ExitReason,
  PersonalDataItem,
  PostalAddress,
  PreferredLanguage,
  ReferralSource,
  ViewPurpose,
} from './client-vocabulary';

/**
 * Commands of the client decider. Time arrives as `metadata.now` (deciders read no clock);
 * who is acting and for which organisation travel in the command context, not here.
 */
interface CommandOf<Type extends string, Data> {
  type: Type;
  data: Data;
  metadata: { now: Date };
}

export type RegisterClient = CommandOf<
  'RegisterClient',
  {
    clientId: string;
    organisation: string;
    projectCode: string;
    firstName: string;
    lastName: string;
    /** Validated and stored exactly as given. */
    personalIdentityCode: string;
    /** YYYY-MM-DD; must be the date the identity code encodes. */
    dateOfBirth: CalendarDate;
    /** At least one of email and phone. */
    email?: string;
    phone?: string;
    address?: PostalAddress;
    municipality: string;
    preferredLanguage: PreferredLanguage;
    referralSource: ReferralSource;
    entry: EntryData;
    /** Absent: the questions were not asked. */
    voluntary?: VoluntaryAnswers;
    /** Consent to the voluntary questions, required when any answer is yes or no. */
    voluntaryConsent?: boolean;
    advisorId?: string;
  }
>;

export type ReenterClient = CommandOf<
  'ReenterClient',
  {
    /** The labour-market status now; the Fund's entry data stays the first entry's. */
    statusAtReentry?: LabourMarketSituation;
    advisorId?: string;
  }
>;

export type AssignAdvisor = CommandOf<'AssignAdvisor', { advisorId: string }>;

/** Absent: unchanged; null: cleared (email, phone, address). */
export type UpdateContactDetails = CommandOf<
  'UpdateContactDetails',
  {
    email?: string | null;
    phone?: string | null;
    address?: PostalAddress | null;
    municipality?: string;
  }
>;

export type RecordConsent = CommandOf<'RecordConsent', { scope: ConsentScope }>;

export type WithdrawConsent = CommandOf<'WithdrawConsent', { scope: ConsentScope }>;

export type ExitClient = CommandOf<'ExitClient', { exitDate: CalendarDate; reason: ExitReason; note?: string }>;

/** `retentionYears` is the organisation's policy (years after the last exit), from config. */
export type DestroyPersonalData = CommandOf<
  'DestroyPersonalData',
  { reason: 'retention-ended'; retentionYears: number } | { reason: 'consent-withdrawn' } | { reason: 'other' }
>;

/** The reader is the command context's actor; recorded in the event's metadata. */
export type RecordPersonalDataViewed = CommandOf<
  'RecordPersonalDataViewed',
  { fields: PersonalDataItem[]; purpose?: ViewPurpose }
>;

export type ClientCommand =
  | RegisterClient
  | ReenterClient
  | AssignAdvisor
  | UpdateContactDetails
  | RecordConsent
  | WithdrawConsent
  | ExitClient
  | DestroyPersonalData
  | RecordPersonalDataViewed;
