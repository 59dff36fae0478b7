import { parsePersonalIdentityCode } from '../identity-code/personal-identity-code';
import type { ClientEvent, ClientRegistered } from '../client.events';
import { completedYearsBetween, finnishDateOf, isBefore, isIsoDate } from './calendar-date';
import { clientError } from './client-errors';
import type { RegisterClient } from './client-commands';
import { isEntryDataComplete, type EntryFacts } from './entry-data';
import { assertEntryData } from './entry-validation';
import { hasText } from './text';
import { hasAnyAnswer, holdsSensitiveAnswer } from './voluntary-answers';

/**
 * The first registration of a client stream. Duplicate identity codes across streams are the
 * service's keyed-hash index's business, not this function's. Refusals never echo the code or
 * the date of birth.
 *
 * Emits ClientRegistered, then ConsentRecorded when consent to the voluntary questions was
 * given, then AdvisorAssigned when an advisor was named: each fact has one event type, whatever
 * command caused it.
 */
export function decideRegisterClient({ data, metadata }: RegisterClient): ClientEvent[] {
  const code = parsePersonalIdentityCode(data.personalIdentityCode);
  if (!code.valid) {
    throw clientError('INVALID_IDENTITY_CODE', 'The personal identity code is not valid.', { reason: code.reason });
  }
  if (!isIsoDate(data.dateOfBirth)) {
    throw clientError('INVALID_DATE_OF_BIRTH', 'The date of birth must be a calendar date written YYYY-MM-DD.');
  }
  if (data.dateOfBirth !== code.dateOfBirth) {
    throw clientError('DATE_OF_BIRTH_MISMATCH', 'The date of birth does not agree with the personal identity code.');
  }
  const entryDate = finnishDateOf(metadata.now);
  if (isBefore(entryDate, data.dateOfBirth)) {
    throw clientError('DATE_OF_BIRTH_IN_FUTURE', 'The date of birth is after the registration date.');
  }
  if (!hasText(data.email) && !hasText(data.phone)) {
    throw clientError('CONTACT_REQUIRED', 'An email address or a phone number is required.');
  }
  if (!hasText(data.municipality)) {
    throw clientError('MUNICIPALITY_REQUIRED', 'The municipality is required.');
  }
  assertEntryData(data.entry);
  if (holdsSensitiveAnswer(data.voluntary) && data.voluntaryConsent !== true) {
    throw clientError('CONSENT_REQUIRED', 'Answers to the voluntary questions need the client\'s consent.');
  }

  const entry: EntryFacts = { ...data.entry, ageAtEntry: completedYearsBetween(data.dateOfBirth, entryDate) };
  const registered: ClientRegistered = {
    type: 'ClientRegistered',
    data: {
      clientId: data.clientId,
      organisation: data.organisation,
      projectCode: data.projectCode,
      preferredLanguage: data.preferredLanguage,
      referralSource: data.referralSource,
      municipality: data.municipality,
      firstName: data.firstName,
      lastName: data.lastName,
      personalIdentityCode: data.personalIdentityCode,
      identityCodeTemporary: code.temporary,
      dateOfBirth: data.dateOfBirth,
      ...(data.email !== undefined ? { email: data.email } : {}),
      ...(data.phone !== undefined ? { phone: data.phone } : {}),
      ...(data.address !== undefined ? { address: data.address } : {}),
      entry,
      ...(hasAnyAnswer(data.voluntary) ? { voluntary: data.voluntary } : {}),
      entryDataComplete: isEntryDataComplete(entry),
      processNumber: 1,
      entryDate,
      registeredAt: metadata.now.toISOString(),
    },
  };
  return [
    registered,
    ...(data.voluntaryConsent === true ? [{ type: 'ConsentRecorded' as const, data: { scope: 'voluntary-questions' as const } }] : []),
    ...(data.advisorId !== undefined ? [{ type: 'AdvisorAssigned' as const, data: { advisorId: data.advisorId } }] : []),
  ];
}
