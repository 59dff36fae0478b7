import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Module, type INestApplication } from '@nestjs/common';
import { AuthModule, type Role } from '@career/auth';
import { sourceOf, topicOf, type IntegrationEvent } from '@career/contracts';
import { EventStoreModule } from '@career/event-store';
import { routerOf } from '@career/messaging';
import { createServiceApp, MongoModule } from '@career/platform';
import { PrivacyModule } from '@career/privacy';
import { assertMongoReachable, dropMongoDatabase, httpCall, testEnvironment, type HttpCallResponse } from '@career/testing';
import { ClientIntakeConsumer } from '../integration/client-intake.consumer';
import { OutcomesReportingConsumer } from '../integration/outcomes-reporting.consumer';
import { SchedulingConfig } from '../scheduling.config';
import { SchedulingModule } from '../scheduling.module';

/**
 * Scheduling's features on the real servers (SQLite file, FerretDB/MongoDB) without Kafka:
 * client-intake's facts are routed to the consumer's handlers directly, as the Kafka consumer
 * routes them, so a test controls exactly which ones arrive, and when. A loopback HTTP server
 * stands in for client-intake's internal resolve route (`/api/v1/me/...` asks it whose record a
 * person's is), answering from the people a test made known.
 */
@Module({
  imports: [AuthModule.forRoot(), EventStoreModule.forService(), MongoModule, PrivacyModule, SchedulingModule],
  providers: [ClientIntakeConsumer, OutcomesReportingConsumer],
})
class SchedulingTestModule {}

export interface SchedulingTestApp {
  app: INestApplication;
  baseUrl: string;
  organisation: string;
  mongoUrl: string;
  sqlitePath: string;
  token(role: Role, sub?: string, organisation?: string): Promise<string>;
  /** A person's own token (role `client`, with their identity code). */
  clientToken(identityCode: string, organisation?: string): Promise<string>;
  /** Makes the stand-in client-intake resolve this person (identity code) to this client record. */
  knowPerson(identityCode: string, clientId: string, organisation?: string): void;
  /** Delivers a fact (client-intake's unless another producer is named) as the Kafka consumer would. */
  deliver(type: string, data: Record<string, unknown>, options?: { time?: string; id?: string; producer?: 'client-intake' | 'outcomes-reporting' }): Promise<IntegrationEvent>;
  api(method: string, route: string, options?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<HttpCallResponse>;
  close(): Promise<void>;
}

export async function startSchedulingTestApp(label: string): Promise<SchedulingTestApp> {
  const world = testEnvironment(label, { prefix: 'sched-int' });
  const { organisation } = world;
  const mongoUrl = world.mongoUrl();
  await assertMongoReachable(mongoUrl);
  const { SQLITE_PATH: sqlitePath, AUTH_DEV_KEY_PATH, PRIVACY_MASTER_KEY_PATH } = world.envFor('scheduling');
  const people = new Map<string, string>();
  const clientIntake = await standInClientIntake(people);
  const CLIENT_INTAKE_URL = `http://127.0.0.1:${(clientIntake.address() as AddressInfo).port}`;
  // The privacy module reads its master key from the process environment.
  process.env.PRIVACY_MASTER_KEY_PATH = PRIVACY_MASTER_KEY_PATH;
  const app = await createServiceApp({
    name: 'scheduling',
    rootModule: SchedulingTestModule,
    defaultPort: 0,
    config: SchedulingConfig,
    handleSignals: false,
    env: { SQLITE_PATH: sqlitePath, MONGO_URL: mongoUrl, AUTH_DEV_KEY_PATH, CLIENT_INTAKE_URL, LOG_LEVEL: 'warn' },
  });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const router = routerOf([app.get(ClientIntakeConsumer), app.get(OutcomesReportingConsumer)]);
  let offset = 0;

  return {
    app,
    baseUrl,
    organisation,
    mongoUrl,
    sqlitePath,
    token: (role, sub, org) => world.token(role, org, sub),
    clientToken: (identityCode, org) => world.clientToken(identityCode, org),
    knowPerson: (identityCode, clientId, org = organisation) => people.set(`${org}/${identityCode}`, clientId),
    async deliver(type, data, options = {}) {
      const producer = options.producer ?? 'client-intake';
      const event: IntegrationEvent = {
        id: options.id ?? randomUUID(),
        type,
        version: 1,
        source: sourceOf(producer),
        subject: String(data.clientId),
        time: options.time ?? new Date().toISOString(),
        organisation: String(data.organisation ?? organisation),
        data: { organisation, ...data },
      };
      await router.route(event, { topic: topicOf(producer), partition: 0, offset: String(offset++) });
      return event;
    },
    api: (method, route, options) => httpCall(baseUrl, method, route, options),
    async close() {
      await app.close();
      clientIntake.closeAllConnections();
      await new Promise((resolve) => clientIntake.close(resolve));
      await dropMongoDatabase(mongoUrl);
      world.removeDir();
    },
  };
}

/** Polls until `probe` returns a value. */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * client-intake's `POST /internal/v1/clients/resolve` as scheduling calls it: the identity code
 * in the body, the organisation in the service token (read, not verified: scheduling signed it).
 */
function standInClientIntake(people: Map<string, string>): Promise<Server> {
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      const token = (request.headers.authorization ?? '').replace(/^Bearer /, '');
      const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8') || '{}') as { org?: string; role?: string };
      const { identityCode } = JSON.parse(body || '{}') as { identityCode?: string };
      const clientId = request.url === '/internal/v1/clients/resolve' && claims.role === 'service' ? people.get(`${claims.org}/${identityCode}`) : undefined;
      response.writeHead(clientId ? 200 : 404, { 'content-type': 'application/json' });
      response.end(JSON.stringify(clientId ? { clientId } : { title: 'Not Found' }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
