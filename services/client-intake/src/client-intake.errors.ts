import { defineErrors } from '@career/event-sourcing';

/**
 * Every refusal client-intake raises, by code, with its HTTP kind (docs/architecture.md#the-rules,
 * Errors): 'invalid' 400, 'not-found' 404, 'conflict' 409. Details never carry a personal value
 * (no identity code, name or date of birth): they end up in problem+json bodies and logs.
 */
export const refuse = defineErrors({
  'CLIENT.NOT_FOUND': { kind: 'not-found', message: 'No such client.' },
  'CLIENT.ALREADY_REGISTERED': { kind: 'conflict', message: 'This client is already registered.' },
  /** From the identity-code index (keyed hash), not the decider: details.existingClientId is the active holder. */
  'CLIENT.DUPLICATE_IDENTITY_CODE': {
    kind: 'conflict',
    message: 'A client with this personal identity code is already registered in this organisation.',
  },
  /** From the identity-code index: the person exited earlier; re-enter details.existingClientId. */
  'CLIENT.REENTRY_REQUIRED': {
    kind: 'conflict',
    message: 'This person has left an earlier guidance process in this organisation: re-enter the existing client instead of registering again.',
  },
  /** From the identity-code index: its entry kept changing under a claim; the caller retries. */
  'CLIENT.CONCURRENT_REGISTRATION': { kind: 'conflict', message: 'The identity code is being registered concurrently; retry.' },
  'CLIENT.DATA_DESTROYED': { kind: 'conflict', message: "This client's personal data has been destroyed; the record is closed." },
  'CLIENT.STILL_ACTIVE': { kind: 'conflict', message: 'The client is still in a guidance process.' },
  'CLIENT.NOT_ACTIVE': { kind: 'conflict', message: 'The client has exited; re-enter them first.' },
  'CLIENT.INVALID_IDENTITY_CODE': { kind: 'invalid', message: 'The personal identity code is not valid.' },
  'CLIENT.INVALID_DATE_OF_BIRTH': { kind: 'invalid', message: 'The date of birth must be a calendar date written YYYY-MM-DD.' },
  'CLIENT.DATE_OF_BIRTH_MISMATCH': { kind: 'invalid', message: 'The date of birth does not agree with the personal identity code.' },
  'CLIENT.DATE_OF_BIRTH_IN_FUTURE': { kind: 'invalid', message: 'The date of birth is after the registration date.' },
  'CLIENT.CONTACT_REQUIRED': { kind: 'invalid', message: 'An email address or a phone number is required.' },
  'CLIENT.MUNICIPALITY_REQUIRED': { kind: 'invalid', message: 'The municipality is required.' },
  'CLIENT.UNKNOWN_MUNICIPALITY': {
    kind: 'invalid',
    message: "The municipality is not in Statistics Finland's classification in force: give its three-digit code or its Finnish or Swedish name.",
  },
  'CLIENT.NOTHING_TO_UPDATE': { kind: 'invalid', message: 'Give at least one contact detail to change.' },
  'CLIENT.UNEMPLOYMENT_MONTHS_REQUIRED': { kind: 'invalid', message: 'An unemployed client needs the unemployment duration in months.' },
  'CLIENT.UNEMPLOYMENT_MONTHS_NOT_APPLICABLE': { kind: 'invalid', message: 'Unemployment duration is recorded only for unemployed clients.' },
  'CLIENT.INVALID_UNEMPLOYMENT_MONTHS': { kind: 'invalid', message: 'Unemployment duration must be a whole number of months, 0 or more.' },
  'CLIENT.INVALID_ISCED_LEVEL': { kind: 'invalid', message: 'Highest education must be an ISCED level from 0 to 8.' },
  'CLIENT.CONSENT_REQUIRED': { kind: 'invalid', message: "Answers to the voluntary questions need the client's consent." },
  'CLIENT.CONSENT_ALREADY_GIVEN': { kind: 'conflict', message: 'Consent has already been given.' },
  'CLIENT.CONSENT_NOT_GIVEN': { kind: 'conflict', message: 'There is no consent to withdraw.' },
  'CLIENT.ADVISOR_UNCHANGED': { kind: 'conflict', message: 'This advisor is already assigned to the client.' },
  'CLIENT.INVALID_EXIT_DATE': { kind: 'invalid', message: 'The exit date must be a calendar date written YYYY-MM-DD.' },
  'CLIENT.EXIT_BEFORE_ENTRY': { kind: 'invalid', message: 'The exit date is before the start of the guidance process.' },
  'CLIENT.EXIT_DATE_IN_FUTURE': { kind: 'invalid', message: 'The exit date is in the future.' },
  'CLIENT.INVALID_RETENTION_YEARS': { kind: 'invalid', message: 'The retention period must be a whole number of years.' },
  'CLIENT.RETENTION_NOT_ENDED': { kind: 'conflict', message: 'The retention period has not ended yet.' },
  'CLIENT.NO_VOLUNTARY_DATA': { kind: 'conflict', message: 'There are no voluntary answers to destroy.' },
  'CLIENT.NO_FIELDS_VIEWED': { kind: 'invalid', message: 'Name the personal data that was read.' },
});
