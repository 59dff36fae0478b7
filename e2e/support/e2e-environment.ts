import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { signDevToken, type Role } from '@career/auth';

/**
 * One isolated world per test file, on the shared real servers: its own SQLite event store,
 * its own MongoDB databases, its own consumer groups, its own dev keys and an organisation
 * code nobody else uses (Kafka topics are shared, so counts are taken per organisation).
 */
export function e2eEnvironment(label: string) {
  const run = `${label}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
  const dir = mkdtempSync(path.join(os.tmpdir(), `career-e2e-${label}-`));
  const mongoBase = process.env.MONGO_URL_BASE ?? 'mongodb://127.0.0.1:27017';
  const kafkaBrokers = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';
  const auth = { devKeyPath: path.join(dir, 'auth/dev-key.json'), issuer: 'career-dev', audience: 'career-api' };
  const organisation = `E2E${randomBytes(4).toString('hex').toUpperCase()}`;

  const envFor = (service: string, overrides: Record<string, string> = {}): Record<string, string> => ({
    SQLITE_PATH: path.join(dir, 'events.sqlite'),
    MONGO_URL: `${mongoBase}/career-e2e-${run}-${service}`,
    KAFKA_BROKERS: kafkaBrokers,
    KAFKA_GROUP_ID: `${service}-${run}`,
    AUTH_DEV_KEY_PATH: auth.devKeyPath,
    PRIVACY_MASTER_KEY_PATH: path.join(dir, 'privacy/master-key'),
    IDENTITY_HASH_SECRET_PATH: path.join(dir, 'privacy/identity-hash-secret'),
    ...overrides,
  });

  const token = (role: Role, org = organisation, sub = `e2e-${role}`) => signDevToken({ role, org, sub }, auth);

  return { run, dir, organisation, mongoBase, kafkaBrokers, envFor, token };
}

export async function api(baseUrl: string, method: string, route: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const response = await fetch(baseUrl + route, {
    method,
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
    },
    body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, json: json as Record<string, unknown>, text };
}

/**
 * A valid registration body (issue #3's fields) for a synthetic person. Identity codes are
 * computed (DDMMYY + sign + individual number + check character), so each call can use its own.
 */
export function registrationBody(organisation: string, lastName: string, individualNumber = 100 + Math.floor(Math.random() * 700), overrides: Record<string, unknown> = {}) {
  const ddmmyy = '150385';
  const checkChars = '0123456789ABCDEFHJKLMNPRSTUVWXY';
  const nnn = String(individualNumber).padStart(3, '0');
  const code = `${ddmmyy}-${nnn}${checkChars[Number(`${ddmmyy}${nnn}`) % 31]}`;
  return {
    organisation,
    projectCode: 'S20738',
    firstName: 'Testi',
    lastName,
    personalIdentityCode: code,
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
