import { DomainError } from '@career/event-sourcing';

/**
 * Every refusal of the client decider, by code. `kind` is how the controller maps it:
 * 'invalid' -> 400, 'not-found' -> 404, 'conflict' -> 409. Details never carry a personal
 * value (no code, no name, no date of birth): they end up in problem+json bodies and logs.
 */
export const CLIENT_ERRORS = {
  ALREADY_REGISTERED: 'conflict',
  /** Raised by the service's identity-code index (keyed hash), not by the decider: details.existingClientId. */
  DUPLICATE_IDENTITY_CODE: 'conflict',
  /** Raised by the identity-code index: the person exited earlier; re-enter details.existingClientId. */
  REENTRY_REQUIRED: 'conflict',
  NOT_FOUND: 'not-found',
  DATA_DESTROYED: 'conflict',
  STILL_ACTIVE: 'conflict',
  NOT_ACTIVE: 'conflict',
  INVALID_IDENTITY_CODE: 'invalid',
  INVALID_DATE_OF_BIRTH: 'invalid',
  DATE_OF_BIRTH_MISMATCH: 'invalid',
  DATE_OF_BIRTH_IN_FUTURE: 'invalid',
  CONTACT_REQUIRED: 'invalid',
  MUNICIPALITY_REQUIRED: 'invalid',
  NOTHING_TO_UPDATE: 'invalid',
  UNEMPLOYMENT_MONTHS_REQUIRED: 'invalid',
  UNEMPLOYMENT_MONTHS_NOT_APPLICABLE: 'invalid',
  INVALID_UNEMPLOYMENT_MONTHS: 'invalid',
  INVALID_ISCED_LEVEL: 'invalid',
  CONSENT_REQUIRED: 'invalid',
  CONSENT_ALREADY_GIVEN: 'conflict',
  CONSENT_NOT_GIVEN: 'conflict',
  ADVISOR_UNCHANGED: 'conflict',
  INVALID_EXIT_DATE: 'invalid',
  EXIT_BEFORE_ENTRY: 'invalid',
  EXIT_DATE_IN_FUTURE: 'invalid',
  INVALID_RETENTION_YEARS: 'invalid',
  RETENTION_NOT_ENDED: 'conflict',
  NO_VOLUNTARY_DATA: 'conflict',
  NO_FIELDS_VIEWED: 'invalid',
} as const satisfies Record<string, DomainError['kind']>;

export type ClientErrorName = keyof typeof CLIENT_ERRORS;
/** `CLIENT.<NAME>`, the string controllers and tests see. */
export type ClientErrorCode = `CLIENT.${ClientErrorName}`;

export function clientError(name: ClientErrorName, message: string, details: Record<string, unknown> = {}): DomainError {
  return new DomainError(`CLIENT.${name}`, message, details, CLIENT_ERRORS[name]);
}
