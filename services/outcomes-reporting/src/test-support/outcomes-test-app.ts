import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { INestApplication, Type } from '@nestjs/common';
import { signDevToken, type Role } from '@career/auth';
import { topicOf, type IntegrationEvent } from '@career/contracts';
import { createKafka, toKafkaMessage } from '@career/messaging';
import { createServiceApp } from '@career/platform';
import mongoose from 'mongoose';
import { OutcomesReportingConfig } from '../outcomes-reporting.config';
import { assertKafkaReachable, assertMongoReachable, KAFKA_BROKERS, MONGO_BASE } from './infrastructure';

export interface OutcomesTestApp {
  app: INestApplication;
  baseUrl: string;
  organisation: string;
  mongoUrl: string;
  token(role: Role, organisation?: string, sub?: string): Promise<string>;
  api(method: string, route: string, options?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<ApiResponse>;
  /** Publishes integration events on their owners' topics, as the other services' relays would. */
  publish(events: readonly IntegrationEvent[]): Promise<void>;
  close(): Promise<void>;
}

export interface ApiResponse {
  status: number;
  headers: Headers;
  json: Record<string, unknown>;
  text: string;
  body: Buffer;
}

/**
 * outcomes-reporting in this process on the real servers: a fresh SQLite file, its own MongoDB
 * database, its own consumer group on the real topics (shared with other runs: a test counts
 * within its own organisation code), its own dev keys.
 */
export async function startOutcomesTestApp(label: string, rootModule: Type<unknown>): Promise<OutcomesTestApp> {
  const run = `${label}-${randomBytes(4).toString('hex')}`;
  const dir = mkdtempSync(path.join(os.tmpdir(), `outcomes-${label}-`));
  const mongoUrl = `${MONGO_BASE}/outcomes-int-${run}`;
  await assertMongoReachable(mongoUrl);
  await assertKafkaReachable();
  const organisation = `INT${randomBytes(3).toString('hex').toUpperCase()}`;
  const auth = { devKeyPath: path.join(dir, 'dev-key.json'), issuer: 'career-dev', audience: 'career-api' };
  // The privacy module reads its master key from the process environment.
  process.env.PRIVACY_MASTER_KEY_PATH = path.join(dir, 'master-key');
  const app = await createServiceApp({
    name: 'outcomes-reporting',
    rootModule,
    defaultPort: 0,
    config: OutcomesReportingConfig,
    handleSignals: false,
    env: {
      SQLITE_PATH: path.join(dir, 'events.sqlite'),
      MONGO_URL: mongoUrl,
      KAFKA_BROKERS: KAFKA_BROKERS.join(','),
      KAFKA_GROUP_ID: `outcomes-int-${run}`,
      AUTH_DEV_KEY_PATH: auth.devKeyPath,
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
    token: (role, org = organisation, sub = `int-${role}`) => signDevToken({ role, org, sub }, auth),
    async api(method, route, options = {}) {
      const response = await fetch(baseUrl + route, {
        method,
        headers: {
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...options.headers,
        },
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      });
      const body = Buffer.from(await response.arrayBuffer());
      const text = body.toString('utf8');
      let json: Record<string, unknown> = {};
      try {
        json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      } catch {
        // CSV, XLSX or HTML
      }
      return { status: response.status, headers: response.headers, json, text, body };
    },
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
      const connection = await mongoose.createConnection(mongoUrl).asPromise();
      await connection.dropDatabase();
      await connection.close();
      rmSync(dir, { recursive: true, force: true });
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
