import type { Command } from '@career/event-sourcing';
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


export type RegisterClient = Command<
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

export type ReenterClient = Command<
  'ReenterClient',
  {
    /** The labour-market status now; the Fund's entry data stays the first entry's. */
    statusAtReentry?: LabourMarketSituation;
    advisorId?: string;
  }
>;

export type AssignAdvisor = Command<'AssignAdvisor', { advisorId: string }>;

/** Absent: unchanged; null: cleared (email, phone, address). */
export type UpdateContactDetails = Command<
  'UpdateContactDetails',
  {
    email?: string | null;
    phone?: string | null;
    address?: PostalAddress | null;
    municipality?: string;
  }
>;

export type RecordConsent = Command<'RecordConsent', { scope: ConsentScope }>;

export type WithdrawConsent = Command<'WithdrawConsent', { scope: ConsentScope }>;

export type ExitClient = Command<'ExitClient', { exitDate: CalendarDate; reason: ExitReason; note?: string }>;

/** `retentionYears` is the organisation's policy (years after the last exit), from config. */
export type DestroyPersonalData = Command<
  'DestroyPersonalData',
  { reason: 'retention-ended'; retentionYears: number } | { reason: 'consent-withdrawn' } | { reason: 'other' }
>;

/** The reader is the command context's actor; recorded in the event's metadata. */
export type RecordPersonalDataViewed = Command<
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
