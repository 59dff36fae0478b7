import type { INestApplication } from '@nestjs/common';
import type { Role } from '@career/auth';
import type { CommandSideOf, EventStore } from '@career/event-sourcing';
import { EVENT_STORE } from '@career/event-store';
import { MONGO_CONNECTION } from '@career/platform';
import { DATA_KEY_STORE, type DataKeyStore } from '@career/privacy';
import { ProjectionRunners } from '@career/projections';
import { bootInProcess, dropMongoDatabase, httpCall, identityCode, testEnvironment, type LogLines } from '@career/testing';
import type { Connection } from 'mongoose';
import { AppModule } from '../app.module';
import { ClientIntakeConfig } from '../client-intake.config';
import { client } from '../client/domain/client.aggregate';

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
  /** The bound command side, for setting up states HTTP cannot reach (a crash window). */
  clients: CommandSideOf<typeof client>;
  /** The projections (`clients`, `personal-data-destruction`): stop, start, rebuild. */
  projections: ProjectionRunners;
  mongo: Connection;
  keys: DataKeyStore;
  logs: LogLines;
  token(role: Role, options?: { org?: string; sub?: string }): Promise<string>;
  /** The person's own token (role `client`), identified by their identity code. */
  clientToken(identityCode: string, options?: { org?: string; sub?: string }): Promise<string>;
  call(method: string, route: string, options?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<ApiResponse>;
  close(): Promise<void>;
}

/**
 * client-intake booted in this process exactly as main.ts boots it, on the real servers: its own
 * SQLite file in a temp folder, its own MongoDB database on the local FerretDB, the shared
 * Kafka. Fails (does not skip) when a server is missing: readiness names the failing check.
 */
export async function startClientIntake(label: string, overrides: Record<string, string> = {}): Promise<ClientIntakeTestApp> {
  const world = testEnvironment(label, { prefix: 'ci-int' });
  const dir = world.dir;
  const env = world.envFor('client-intake', { RETENTION_JOB_INTERVAL_MS: '0', LOG_LEVEL: 'info', ...overrides });
  // The privacy secrets are read from process.env (as in a real process).
  Object.assign(process.env, env);
  const { app, baseUrl, logs } = await bootInProcess({
    name: 'client-intake',
    rootModule: AppModule,
    defaultPort: 3001,
    config: ClientIntakeConfig,
    env: { ...process.env, ...env },
  });
  const mongo = app.get<Connection>(MONGO_CONNECTION);
  const organisation = world.organisation;

  const call: ClientIntakeTestApp['call'] = async (method, route, options = {}) => {
    const { status, headers, json, text } = await httpCall(baseUrl, method, route, options);
    return { status, headers, json, text };
  };

  return {
    app,
    baseUrl,
    dir,
    sqlitePath: env.SQLITE_PATH,
    organisation,
    store: app.get<EventStore>(EVENT_STORE),
    clients: app.get<CommandSideOf<typeof client>>(client.token),
    projections: app.get(ProjectionRunners),
    mongo,
    keys: app.get<DataKeyStore>(DATA_KEY_STORE),
    logs,
    token: (role, options = {}) => world.token(role, options.org, options.sub),
    clientToken: (code, options = {}) => world.clientToken(code, options.org, options.sub),
    call,
    async close() {
      const database = mongo.db;
      await app.close();
      // The app closed its connection; drop the database through a short-lived one.
      if (database) await dropMongoDatabase(env.MONGO_URL);
      world.removeDir();
    },
  };
}


/** A valid personal identity code for 15.3.1985 with this individual number (002-899; 900-999 temporary). */
export { identityCode } from '@career/testing';

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
