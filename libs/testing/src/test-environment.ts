import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { signDevToken, type Role } from '@career/auth';
import mongoose from 'mongoose';

/** The shared real servers the integration and end-to-end tests use (infra/local/up.sh starts them). */
export const MONGO_URL_BASE = process.env.MONGO_URL_BASE ?? 'mongodb://127.0.0.1:27017';
export const KAFKA_BROKERS_LIST = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';

export interface TestEnvironmentOptions {
  /** Prefix of the MongoDB database names and consumer groups: tells whose leftovers they are. */
  prefix: string;
  /** Prefix of the organisation code (`INT`, `E2E`). */
  organisationPrefix?: string;
  /** Adds a time component to the run id (end-to-end runs; kept for their readable names). */
  timestamped?: boolean;
}

export interface TestEnvironment {
  /** Unique per call: names this run's databases and consumer groups. */
  run: string;
  /** A fresh temp folder for SQLite files, dev keys and privacy secrets. */
  dir: string;
  /** An organisation code nobody else uses (Kafka topics are shared: counts are taken per organisation). */
  organisation: string;
  mongoBase: string;
  kafkaBrokers: string;
  auth: { devKeyPath: string; issuer: string; audience: string };
  /** This run's MongoDB database, one per service when `service` is given. */
  mongoUrl(service?: string): string;
  /** The environment a service is started with: its stores, Kafka, consumer group, dev keys, privacy secrets. */
  envFor(service: string, overrides?: Record<string, string>): Record<string, string>;
  /** A dev token signed with this run's dev key; `crossOrganisation` adds the reports' cross-organisation claim. */
  token(role: Role, org?: string, sub?: string, options?: { crossOrganisation?: boolean }): Promise<string>;
  /** A client's token: the person signed in, identified by their identity code as e-Identification does. */
  clientToken(identityCode: string, org?: string, sub?: string): Promise<string>;
  /** Removes the temp folder. */
  removeDir(): void;
}

/**
 * One isolated world on the shared real servers: its own SQLite event store, MongoDB databases,
 * consumer groups, dev keys and an organisation code nobody else uses.
 */
/**
 * The Kafka topic namespace of this test file, set before any import by the Jest setup file
 * (libs/testing/src/jest-setup/topic-namespace.js): the services a test starts get it too, so
 * they and the test's own `topicOf()` calls use topics nobody else writes.
 */
function topicNamespaceOfThisFile(): string {
  process.env.KAFKA_TOPIC_NAMESPACE ??= `t${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
  return process.env.KAFKA_TOPIC_NAMESPACE;
}

export function testEnvironment(label: string, options: TestEnvironmentOptions): TestEnvironment {
  const topicNamespace = topicNamespaceOfThisFile();
  const run = options.timestamped
    ? `${label}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`
    : `${label}-${randomBytes(4).toString('hex')}`;
  const dir = mkdtempSync(path.join(os.tmpdir(), `${options.prefix}-${label}-`));
  const organisationPrefix = options.organisationPrefix ?? 'INT';
  const organisation = `${organisationPrefix}${randomBytes(organisationPrefix === 'INT' ? 3 : 4).toString('hex').toUpperCase()}`;
  const auth = { devKeyPath: path.join(dir, 'auth/dev-key.json'), issuer: 'career-dev', audience: 'career-api' };
  const mongoUrl = (service?: string) => `${MONGO_URL_BASE}/${options.prefix}-${run}${service ? `-${service}` : ''}`;
  return {
    run,
    dir,
    organisation,
    mongoBase: MONGO_URL_BASE,
    kafkaBrokers: KAFKA_BROKERS_LIST,
    auth,
    mongoUrl,
    envFor: (service, overrides = {}) => ({
      SQLITE_PATH: path.join(dir, 'events.sqlite'),
      MONGO_URL: mongoUrl(service),
      KAFKA_BROKERS: KAFKA_BROKERS_LIST,
      KAFKA_GROUP_ID: `${service}-${run}`,
      KAFKA_TOPIC_NAMESPACE: topicNamespace,
      AUTH_DEV_KEY_PATH: auth.devKeyPath,
      PRIVACY_MASTER_KEY_PATH: path.join(dir, 'privacy/master-key'),
      IDENTITY_HASH_SECRET_PATH: path.join(dir, 'privacy/identity-hash-secret'),
      ...overrides,
    }),
    token: (role, org = organisation, sub = `${organisationPrefix.toLowerCase()}-${role}`, options = {}) =>
      signDevToken({ role, org, sub, ...(options.crossOrganisation ? { crossOrganisation: true } : {}) }, auth),
    // The subject is a pseudonym, as e-Identification gives it: never derived from the code.
    clientToken: (identityCode, org = organisation, sub = `person-${randomBytes(4).toString('hex')}`) =>
      signDevToken({ role: 'client', org, sub, identityCode }, auth),
    removeDir: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Fails fast and clearly when no MongoDB-compatible server answers: an integration test must not pass without one. */
export async function assertMongoReachable(url: string): Promise<void> {
  const connection = mongoose.createConnection(url, { serverSelectionTimeoutMS: 5_000 });
  try {
    await connection.asPromise();
  } catch (error) {
    throw new Error(`No MongoDB-compatible server at ${url} (${(error as Error).message}). Start it with: bash infra/local/up.sh`);
  } finally {
    await connection.close().catch(() => undefined);
  }
}

/** Same for a Kafka broker (`host:port`). */
export async function assertKafkaReachable(broker: string): Promise<void> {
  const host = broker.slice(0, broker.lastIndexOf(':'));
  const port = Number(broker.slice(broker.lastIndexOf(':') + 1));
  await new Promise<void>((resolve, reject) => {
    const socket = createConnection({ host, port, timeout: 3_000 });
    const fail = (why: string) => {
      socket.destroy();
      reject(new Error(`No Kafka broker at ${broker} (${why}). Start it with: bash infra/local/up.sh`));
    };
    socket.once('connect', () => {
      socket.destroy();
      resolve();
    });
    socket.once('timeout', () => fail('timeout'));
    socket.once('error', (error) => fail(error.message));
  });
}

/** Drops a test database through a short-lived connection (the app under test has closed its own). */
export async function dropMongoDatabase(url: string): Promise<void> {
  const connection = await mongoose.createConnection(url).asPromise();
  await connection.dropDatabase();
  await connection.close();
}

// A fresh database on the real server for a test: one helper for libs and services.
export { openTestDatabase, dropTestDatabase, waitFor } from '@career/platform/testing';
