import { httpCall, identityCode, registrationBody as syntheticRegistration, testEnvironment, type HttpCallOptions } from '@career/testing';

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

/** Individual numbers handed out in turn from a random start: two registrations of one test file never share an identity code by chance. */
let lastIndividualNumber = 100 + Math.floor(Math.random() * 700);
function nextIndividualNumber(): number {
  lastIndividualNumber = 100 + ((lastIndividualNumber - 100 + 1) % 800);
  return lastIndividualNumber;
}

/** A valid registration body (libs/testing) for a synthetic person born 1985-03-15, with an identity code of its own. */
export function registrationBody(organisation: string, lastName: string, individualNumber = nextIndividualNumber(), overrides: Record<string, unknown> = {}) {
  return syntheticRegistration(organisation, lastName, { personalIdentityCode: identityCode(individualNumber), dateOfBirth: '1985-03-15' }, overrides);
}
