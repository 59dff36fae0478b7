import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Module, type INestApplication } from '@nestjs/common';
import { AuthModule, type Role } from '@career/auth';
import { sourceOf, topicOf, type IntegrationEvent } from '@career/contracts';
import { EventStoreModule } from '@career/event-store';
import { routerOf } from '@career/messaging';
import { createServiceApp, MongoModule } from '@career/platform';
import { PrivacyModule } from '@career/privacy';
import { assertMailpitReachable, assertMongoReachable, dropMongoDatabase, freePort, httpCall, MAILPIT_SMTP_PORT, startTcpProxy, testEnvironment, type HttpCallResponse, type TcpProxy } from '@career/testing';
import { ClientIntakeConsumer } from '../integration/client-intake.consumer';
import { OutcomesReportingConsumer } from '../integration/outcomes-reporting.consumer';
import { SchedulingConsumer } from '../integration/scheduling.consumer';
import { NotificationsConfig } from '../notifications.config';
import { NotificationsModule } from '../notifications.module';
import { startOwnersStandIn, type OwnersStandIn } from './owners-stand-in';

/**
 * The notifications service's features on the real servers (SQLite file, FerretDB, Mailpit)
 * without Kafka: facts are routed to the consumers' handlers directly, as the Kafka consumer
 * routes them; the owners read at send time are a loopback stand-in (owners-stand-in.ts); the
 * mail goes to the shared Mailpit through a TCP proxy the test can cut (`relay.down()`), each
 * message with a Message-ID domain only this run uses. The dispatcher's timer is slowed to its
 * maximum: a test runs the dispatcher itself, as of the time it names.
 */
@Module({
  imports: [AuthModule.forRoot(), EventStoreModule.forService(), MongoModule, PrivacyModule, NotificationsModule],
  providers: [ClientIntakeConsumer, SchedulingConsumer, OutcomesReportingConsumer],
})
class NotificationsTestModule {}

export interface NotificationsTestApp {
  app: INestApplication;
  organisation: string;
  /** The right-hand side of every Message-ID this run sends. */
  messageIdDomain: string;
  owners: OwnersStandIn;
  /** The SMTP relay's connection: down (nothing listens) or up (to Mailpit). */
  relay: { down(): Promise<void>; up(): Promise<void> };
  token(role: Role, sub?: string, organisation?: string): Promise<string>;
  deliver(type: string, data: Record<string, unknown>, options?: { time?: string; producer?: 'client-intake' | 'scheduling' | 'outcomes-reporting' }): Promise<IntegrationEvent>;
  /** One dispatcher run as of `now` (the administrator's route). */
  run(now: Date): Promise<{ looked: number; outcomes: Record<string, number> }>;
  api(method: string, route: string, options?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<HttpCallResponse>;
  close(): Promise<void>;
}

export async function startNotificationsTestApp(label: string): Promise<NotificationsTestApp> {
  const world = testEnvironment(label, { prefix: 'notif-int' });
  const { organisation } = world;
  const mongoUrl = world.mongoUrl();
  await assertMongoReachable(mongoUrl);
  await assertMailpitReachable();
  const owners = await startOwnersStandIn();
  const relayPort = await freePort();
  let proxy: TcpProxy | undefined = await startTcpProxy(relayPort, MAILPIT_SMTP_PORT);
  const messageIdDomain = `${randomUUID().slice(0, 8)}.notif-int.test`;
  const { SQLITE_PATH, AUTH_DEV_KEY_PATH, PRIVACY_MASTER_KEY_PATH } = world.envFor('notifications');
  // The privacy module reads its master key from the process environment.
  process.env.PRIVACY_MASTER_KEY_PATH = PRIVACY_MASTER_KEY_PATH;
  const app = await createServiceApp({
    name: 'notifications',
    rootModule: NotificationsTestModule,
    defaultPort: 0,
    config: NotificationsConfig,
    handleSignals: false,
    env: {
      SQLITE_PATH,
      MONGO_URL: mongoUrl,
      AUTH_DEV_KEY_PATH,
      LOG_LEVEL: 'warn',
      CLIENT_INTAKE_URL: owners.url,
      SCHEDULING_URL: owners.url,
      SMTP_URL: `smtp://127.0.0.1:${relayPort}`,
      MAIL_MESSAGE_ID_DOMAIN: messageIdDomain,
      DEPENDENCY_TIMEOUT_MS: '3000',
      REMINDER_POLL_INTERVAL_MS: '300000',
      REMINDERS_ALLOW_TIME_OVERRIDE: 'true',
    },
  });
  await app.listen(0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const router = routerOf([app.get(ClientIntakeConsumer), app.get(SchedulingConsumer), app.get(OutcomesReportingConsumer)]);
  const admin = await world.token('admin', organisation, 'admin-1');
  let offset = 0;

  return {
    app,
    organisation,
    messageIdDomain,
    owners,
    relay: {
      async down() {
        await proxy?.close();
        proxy = undefined;
      },
      async up() {
        proxy ??= await startTcpProxy(relayPort, MAILPIT_SMTP_PORT);
      },
    },
    token: (role, sub, org) => world.token(role, org, sub),
    async deliver(type, data, options = {}) {
      const producer = options.producer ?? 'client-intake';
      const event: IntegrationEvent = {
        id: randomUUID(),
        type,
        version: 1,
        source: sourceOf(producer),
        subject: String(data.clientId),
        time: options.time ?? new Date().toISOString(),
        organisation,
        data: { organisation, ...data },
      };
      await router.route(event, { topic: topicOf(producer), partition: 0, offset: String(offset++) });
      return event;
    },
    async run(now) {
      const response = await httpCall(baseUrl, 'POST', `/api/v1/admin/reminder-runs?now=${encodeURIComponent(now.toISOString())}`, { token: admin });
      if (response.status !== 200) throw new Error(`reminder run: HTTP ${response.status} ${response.text}`);
      return response.json as { looked: number; outcomes: Record<string, number> };
    },
    api: (method, route, options) => httpCall(baseUrl, method, route, options),
    async close() {
      await app.close();
      await proxy?.close();
      await owners.close();
      await dropMongoDatabase(mongoUrl);
      world.removeDir();
    },
  };
}
