import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Module, type INestApplication } from '@nestjs/common';
import { AuthModule, RemoteClientChannelModule, type Role } from '@career/auth';
import { sourceOf, topicOf, type IntegrationEvent } from '@career/contracts';
import { EventStoreModule } from '@career/event-store';
import { routerOf } from '@career/messaging';
import { createServiceApp, MongoModule } from '@career/platform';
import { PrivacyModule } from '@career/privacy';
import {
  assertMongoReachable,
  dropMongoDatabase,
  httpCall,
  startClientResolverStandIn,
  testEnvironment,
  type ClientResolverStandIn,
  type HttpCallResponse,
} from '@career/testing';
import { ClientIntakeConsumer } from '../integration/client-intake.consumer';
import { OutcomesReportingConsumer } from '../integration/outcomes-reporting.consumer';
import { SchedulingConfig } from '../scheduling.config';
import { SchedulingModule } from '../scheduling.module';

/**
 * Scheduling's features on the real servers (SQLite file, FerretDB/MongoDB) without Kafka:
 * client-intake's and outcomes-reporting's facts are routed to the consumers' handlers directly, as the Kafka consumer
 * routes them, so a test controls exactly which ones arrive, and when.
 */
@Module({
  imports: [AuthModule.forRoot(), RemoteClientChannelModule.forService(SchedulingConfig), EventStoreModule.forService(), MongoModule, PrivacyModule, SchedulingModule],
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
  /** The person's own token; `people.register` makes it resolve to a client record. */
  clientToken(identityCode: string, organisation?: string): Promise<string>;
  /** Stands in for client-intake's resolve API (the client's own channel). */
  people: ClientResolverStandIn;
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
  const people = await startClientResolverStandIn();
  const { SQLITE_PATH: sqlitePath, AUTH_DEV_KEY_PATH, PRIVACY_MASTER_KEY_PATH } = world.envFor('scheduling');
  // The privacy module reads its master key from the process environment.
  process.env.PRIVACY_MASTER_KEY_PATH = PRIVACY_MASTER_KEY_PATH;
  const app = await createServiceApp({
    name: 'scheduling',
    rootModule: SchedulingTestModule,
    defaultPort: 0,
    config: SchedulingConfig,
    handleSignals: false,
    env: { SQLITE_PATH: sqlitePath, MONGO_URL: mongoUrl, AUTH_DEV_KEY_PATH, LOG_LEVEL: 'warn', CLIENT_INTAKE_URL: people.url },
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
    people,
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
      await people.close();
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
