import type { AddressInfo } from 'node:net';
import type { INestApplication, Type } from '@nestjs/common';
import type { Role } from '@career/auth';
import { topicOf, type IntegrationEvent } from '@career/contracts';
import { createKafka, toKafkaMessage } from '@career/messaging';
import { createServiceApp } from '@career/platform';
import { assertMongoReachable, dropMongoDatabase, httpCall, testEnvironment, type HttpCallResponse } from '@career/testing';
import { OutcomesReportingConfig } from '../outcomes-reporting.config';
import { assertKafkaReachable, KAFKA_BROKERS } from './infrastructure';

export interface OutcomesTestApp {
  app: INestApplication;
  baseUrl: string;
  organisation: string;
  mongoUrl: string;
  token(role: Role, organisation?: string, sub?: string, options?: { crossOrganisation?: boolean }): Promise<string>;
  api(method: string, route: string, options?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<ApiResponse>;
  /** Publishes integration events on their owners' topics, as the other services' relays would. */
  publish(events: readonly IntegrationEvent[]): Promise<void>;
  close(): Promise<void>;
}

export type ApiResponse = HttpCallResponse;

/**
 * outcomes-reporting in this process on the real servers: a fresh SQLite file, its own MongoDB
 * database, its own consumer group on the real topics (shared with other runs: a test counts
 * within its own organisation code), its own dev keys.
 */
export async function startOutcomesTestApp(label: string, rootModule: Type<unknown>): Promise<OutcomesTestApp> {
  const world = testEnvironment(label, { prefix: 'outcomes-int' });
  const { run, organisation } = world;
  const mongoUrl = world.mongoUrl();
  await assertMongoReachable(mongoUrl);
  await assertKafkaReachable();
  const { SQLITE_PATH, AUTH_DEV_KEY_PATH, PRIVACY_MASTER_KEY_PATH } = world.envFor('outcomes-reporting');
  // The privacy module reads its master key from the process environment.
  process.env.PRIVACY_MASTER_KEY_PATH = PRIVACY_MASTER_KEY_PATH;
  const app = await createServiceApp({
    name: 'outcomes-reporting',
    rootModule,
    defaultPort: 0,
    config: OutcomesReportingConfig,
    handleSignals: false,
    env: {
      SQLITE_PATH,
      MONGO_URL: mongoUrl,
      KAFKA_BROKERS: KAFKA_BROKERS.join(','),
      KAFKA_GROUP_ID: `outcomes-int-${run}`,
      AUTH_DEV_KEY_PATH,
      // The shared topics hold other runs' old messages, which a new group dead-letters loudly.
      LOG_LEVEL: process.env.OUTCOMES_TEST_LOG_LEVEL ?? 'fatal',
    },
  });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const kafka = createKafka({ brokers: KAFKA_BROKERS, clientId: `outcomes-int-${run}` });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();

  return {
    app,
    baseUrl,
    organisation,
    mongoUrl,
    token: (role, org, sub, options) => world.token(role, org, sub, options),
    api: (method, route, options) => httpCall(baseUrl, method, route, options),
    async publish(events) {
      const byTopic = new Map<string, IntegrationEvent[]>();
      for (const event of events) {
        const topic = topicOf(event.source.replace('/career/', ''));
        byTopic.set(topic, [...(byTopic.get(topic) ?? []), event]);
      }
      await producer.sendBatch({ acks: -1, topicMessages: [...byTopic].map(([topic, list]) => ({ topic, messages: list.map(toKafkaMessage) })) });
    },
    async close() {
      await producer.disconnect().catch(() => undefined);
      await app.close();
      await dropMongoDatabase(mongoUrl);
      world.removeDir();
    },
  };
}

/** Polls until `probe` returns a value. */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
