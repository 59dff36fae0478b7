/**
 * Closed lists of the client record's non-personal codes. Each is a code list rather than free
 * text on purpose: free text invites names and circumstances, and these values stay in clear
 * text (in the event store, and some on Kafka).
 */

export const PREFERRED_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type PreferredLanguage = (typeof PREFERRED_LANGUAGES)[number];

/** Who sent the client to the service. */
export const REFERRAL_SOURCES = [
  'employment-services',
  'educational-institution',
  'social-services',
  'health-services',
  'other-service',
  'self-referral',
  'other',
] as const;
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];

/** Why a guidance process ended (docs/domain.md#the-process, step 9 Outcome, plus the two practical endings). */
export const EXIT_REASONS = [
  'employed',
  'studies',
  'business',
  'training',
  'job-searching',
  'other',
  'moved',
  'no-contact',
] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];

export const CONSENT_SCOPES = ['voluntary-questions'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

export const DESTRUCTION_REASONS = ['retention-ended', 'consent-withdrawn', 'other'] as const;
export type DestructionReason = (typeof DESTRUCTION_REASONS)[number];

/** 'all': both data keys are destroyed; 'voluntary': only the voluntary answers' key. */
export type DestructionScope = 'all' | 'voluntary';

/** What a staff read can reveal; recorded in PersonalDataViewed (the log of use). */
export const PERSONAL_DATA_ITEMS = [
  'name',
  'personalIdentityCode',
  'dateOfBirth',
  'email',
  'phone',
  'address',
  'voluntaryAnswers',
  'exitNotes',
] as const;
export type PersonalDataItem = (typeof PERSONAL_DATA_ITEMS)[number];

/**
 * Why personal data was read. A code, not free text: the log of use must outlive the client's
 * data (it has its own retention) and must hold no personal data itself, so it is stored in
 * clear text and stays readable after the client's keys are destroyed.
 */
export const VIEW_PURPOSES = [
  'guidance',
  'document-generation',
  // The notifications service reading the address a reminder goes to, at send time.
  'notification',
  'client-access-request',
  'administration',
  'other',
] as const;
export type ViewPurpose = (typeof VIEW_PURPOSES)[number];

export interface PostalAddress {
  street: string;
  postalCode: string;
  postOffice: string;
  /** ISO 3166-1 alpha-2, when not Finland. */
  country?: string;
}
