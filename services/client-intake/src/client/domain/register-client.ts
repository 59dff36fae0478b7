import { compareDates, completedYearsBetween, helsinkiDate, isCalendarDate } from '@career/calendar';
import { parsePersonalIdentityCode } from './personal-identity-code';
import type { ClientEvent, ClientRegistered } from './client.events';
import { refuse } from '../../client-intake.errors';
import type { RegisterClient } from './client-commands';
import { isEntryDataComplete, type EntryFacts } from './entry-data';
import { assertEntryData } from './entry-validation';
import { municipalityCodeOf } from './municipality';
import { hasText } from './text';
import { hasAnyAnswer, holdsSensitiveAnswer } from './voluntary-answers';

/**
 * The first registration of a client stream. Duplicate identity codes across streams are the
 * service's keyed-hash index's business, not this function's. Refusals never echo the code or
 * the date of birth.
 *
 * Emits ClientRegistered, then ConsentRecorded when consent to the voluntary questions was
 * given, then AdvisorAssigned when an advisor was named: each fact has one event type, whatever
 * command caused it. ClientRegistered also names that advisor, for what it publishes.
 */
export function decideRegisterClient({ data, metadata }: RegisterClient): ClientEvent[] {
  const code = parsePersonalIdentityCode(data.personalIdentityCode);
  if (!code.valid) {
    throw refuse('CLIENT.INVALID_IDENTITY_CODE', { reason: code.reason });
  }
  if (!isCalendarDate(data.dateOfBirth)) {
    throw refuse('CLIENT.INVALID_DATE_OF_BIRTH');
  }
  if (data.dateOfBirth !== code.dateOfBirth) {
    throw refuse('CLIENT.DATE_OF_BIRTH_MISMATCH');
  }
  const entryDate = helsinkiDate(metadata.now);
  if (compareDates(entryDate, data.dateOfBirth) < 0) {
    throw refuse('CLIENT.DATE_OF_BIRTH_IN_FUTURE');
  }
  if (!hasText(data.email) && !hasText(data.phone)) {
    throw refuse('CLIENT.CONTACT_REQUIRED');
  }
  if (!hasText(data.municipality)) {
    throw refuse('CLIENT.MUNICIPALITY_REQUIRED');
  }
  const municipality = municipalityCodeOf(data.municipality);
  assertEntryData(data.entry);
  if (holdsSensitiveAnswer(data.voluntary) && data.voluntaryConsent !== true) {
    throw refuse('CLIENT.CONSENT_REQUIRED');
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
      municipality,
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
      ...(data.advisorId !== undefined ? { advisorId: data.advisorId } : {}),
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
