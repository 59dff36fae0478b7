import { httpCall, identityCode, testEnvironment, type HttpCallOptions } from '@career/testing';

/**
 * One isolated world per test file, on the shared real servers: its own SQLite event store,
 * its own MongoDB databases, its own consumer groups, its own dev keys and an organisation
 * code nobody else uses (Kafka topics are shared, so counts are taken per organisation).
 */
export function e2eEnvironment(label: string) {
  const { run, dir, organisation, mongoBase, kafkaBrokers, envFor, token, clientToken } = testEnvironment(label, {
    prefix: 'career-e2e',
    organisationPrefix: 'E2E',
    timestamped: true,
  });
  return { run, dir, organisation, mongoBase, kafkaBrokers, envFor, token, clientToken };
}

export type E2eEnvironment = ReturnType<typeof e2eEnvironment>;

export async function api(baseUrl: string, method: string, route: string, options: HttpCallOptions = {}) {
  const { status, headers, json, text } = await httpCall(baseUrl, method, route, options);
  return { status, headers, json, text };
}

/**
 * A valid registration body (every field client-intake takes) for a synthetic person. Identity codes are
 * computed (DDMMYY + sign + individual number + check character), so each call can use its own.
 */
/** Individual numbers handed out in turn from a random start: two registrations of one test file never share an identity code by chance. */
let lastIndividualNumber = 100 + Math.floor(Math.random() * 700);
function nextIndividualNumber(): number {
  lastIndividualNumber = 100 + ((lastIndividualNumber - 100 + 1) % 800);
  return lastIndividualNumber;
}

export function registrationBody(organisation: string, lastName: string, individualNumber = nextIndividualNumber(), overrides: Record<string, unknown> = {}) {
  return {
    organisation,
    projectCode: 'S20738',
    firstName: 'Testi',
    lastName,
    personalIdentityCode: identityCode(individualNumber),
    dateOfBirth: '1985-03-15',
    email: 'testi.asiakas@example.fi',
    phone: '+358401234567',
    municipality: 'Oulu',
    preferredLanguage: 'fi',
    referralSource: 'employment-services',
    entry: { gender: 'woman', labourMarketStatus: 'unemployed', unemploymentMonths: 8, highestEducationIsced: 3 },
    voluntary: { disability: 'no', foreignBackground: 'not-told' },
    voluntaryConsent: true,
    ...overrides,
  };
}
