import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { INestApplication } from '@nestjs/common';
import { signDevToken, type Role } from '@career/auth';
import type { EventStore } from '@career/event-sourcing';
import { EVENT_STORE } from '@career/event-store';
import { bootstrapService } from '@career/platform';
import { DATA_KEY_STORE, type DataKeyStore } from '@career/privacy';
import { MONGO_CONNECTION } from '@career/projections';
import type { Connection } from 'mongoose';
import { AppModule } from '../app.module';
import { ClientIntakeConfig } from '../client-intake.config';

/** Log lines kept in memory, so tests can check that no personal data was logged. */
class LogLines extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter((line) => line !== ''));
    callback();
  }
}

export interface ApiResponse {
  status: number;
  headers: Headers;
  json: Record<string, unknown>;
  text: string;
}

export interface ClientIntakeTestApp {
  app: INestApplication;
  baseUrl: string;
  dir: string;
  sqlitePath: string;
  organisation: string;
  store: EventStore;
  mongo: Connection;
  keys: DataKeyStore;
  logs: LogLines;
  token(role: Role, options?: { org?: string; sub?: string }): Promise<string>;
  call(method: string, route: string, options?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<ApiResponse>;
  close(): Promise<void>;
}

/**
 * client-intake booted in this process exactly as main.ts boots it, on the real servers: its own
 * SQLite file in a temp folder, its own MongoDB database on the local FerretDB, the shared
 * Kafka. Fails (does not skip) when a server is missing: readiness names the failing check.
 */
export async function startClientIntake(label: string, overrides: Record<string, string> = {}): Promise<ClientIntakeTestApp> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `client-intake-${label}-`));
  const run = `${label}_${randomBytes(4).toString('hex')}`;
  const env: Record<string, string> = {
    SQLITE_PATH: path.join(dir, 'events.sqlite'),
    MONGO_URL: `${process.env.MONGO_URL_BASE ?? 'mongodb://127.0.0.1:27017'}/ci_int_${run}`,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
    AUTH_DEV_KEY_PATH: path.join(dir, 'auth/dev-key.json'),
    PRIVACY_MASTER_KEY_PATH: path.join(dir, 'privacy/master-key'),
    IDENTITY_HASH_SECRET_PATH: path.join(dir, 'privacy/identity-hash-secret'),
    RETENTION_JOB_INTERVAL_MS: '0',
    LOG_LEVEL: 'info',
    ...overrides,
  };
  // The privacy secrets are read from process.env (as in a real process).
  Object.assign(process.env, env);
  const logs = new LogLines();
  const app = await bootstrapService({
    name: 'client-intake',
    rootModule: AppModule,
    defaultPort: 3001,
    config: ClientIntakeConfig,
    env: { ...process.env, ...env },
    port: 0,
    host: '127.0.0.1',
    logDestination: logs,
    handleSignals: false,
  });
  const baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  await waitUntilReady(baseUrl);
  const mongo = app.get<Connection>(MONGO_CONNECTION);
  const organisation = `INT${randomBytes(3).toString('hex').toUpperCase()}`;
  const auth = { devKeyPath: env.AUTH_DEV_KEY_PATH, issuer: 'career-dev', audience: 'career-api' };

  const call: ClientIntakeTestApp['call'] = async (method, route, options = {}) => {
    const response = await fetch(baseUrl + route, {
      method,
      headers: {
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...options.headers,
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    let json: Record<string, unknown> = {};
    try {
      json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      // not JSON: tests look at `text`
    }
    return { status: response.status, headers: response.headers, json, text };
  };

  return {
    app,
    baseUrl,
    dir,
    sqlitePath: env.SQLITE_PATH,
    organisation,
    store: app.get<EventStore>(EVENT_STORE),
    mongo,
    keys: app.get<DataKeyStore>(DATA_KEY_STORE),
    logs,
    token: (role, options = {}) => signDevToken({ role, org: options.org ?? organisation, sub: options.sub ?? `int-${role}` }, auth),
    call,
    async close() {
      const database = mongo.db;
      await app.close();
      // The app closed its connection; drop the database through a short-lived one.
      if (database) {
        const cleanup = await (await import('mongoose')).default.createConnection(env.MONGO_URL).asPromise();
        await cleanup.dropDatabase();
        await cleanup.close();
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitUntilReady(baseUrl: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const response = await fetch(`${baseUrl}/health/ready`);
    if (response.ok) return;
    last = await response.text();
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`client-intake not ready within ${timeoutMs} ms (start the servers with bash infra/local/up.sh): ${last}`);
}

/** A valid personal identity code for 15.3.1985 with this individual number (002-899; 900-999 temporary). */
export function identityCode(individualNumber: number, ddmmyy = '150385', sign = '-'): string {
  const checkChars = '0123456789ABCDEFHJKLMNPRSTUVWXY';
  const nnn = String(individualNumber).padStart(3, '0');
  return `${ddmmyy}${sign}${nnn}${checkChars[Number(`${ddmmyy}${nnn}`) % 31]}`;
}

/** A registration body; names and contacts are distinctive so byte searches cannot match by chance. */
export function registration(organisation: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    organisation,
    projectCode: 'S20738',
    firstName: 'Ilmari',
    lastName: 'Kärkkäinen',
    personalIdentityCode: identityCode(412),
    dateOfBirth: '1985-03-15',
    email: 'ilmari.karkkainen@example.fi',
    phone: '+358 40 765 4321',
    municipality: 'Oulu',
    preferredLanguage: 'fi',
    referralSource: 'employment-services',
    entry: { gender: 'man', labourMarketStatus: 'unemployed', unemploymentMonths: 4, highestEducationIsced: 3 },
    voluntary: { disability: 'no', foreignBackground: 'yes' },
    voluntaryConsent: true,
    ...overrides,
  };
}

/** Polls until `condition` holds; fails with `what` after `timeoutMs` (read models are eventually consistent). */
export async function waitFor(condition: () => Promise<boolean> | boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
