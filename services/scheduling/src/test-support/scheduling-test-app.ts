import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Module, type INestApplication } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AuthModule, signDevToken, type Role } from '@career/auth';
import { sourceOf, type IntegrationEvent } from '@career/contracts';
import { EventStoreModule } from '@career/event-store';
import { createServiceApp } from '@career/platform';
import { PrivacyModule } from '@career/privacy';
import { MongoModule } from '@career/projections';
import mongoose from 'mongoose';
import { ClientIntakeEventsHandler } from '../client-intake-feed/client-intake-events.handler';
import { ReadModelsModule } from '../read-models/read-models.module';
import { SchedulingConfig } from '../scheduling.config';
import { SchedulingModule } from '../scheduling.module';

/**
 * Scheduling's features on the real servers (SQLite file, FerretDB/MongoDB) without Kafka:
 * client-intake's facts are handed to the consumer's handler directly, so a test controls
 * exactly which ones arrive, and when.
 */
@Module({
  imports: [CqrsModule.forRoot(), AuthModule.forRoot(), EventStoreModule.forService(), MongoModule, PrivacyModule, ReadModelsModule, SchedulingModule],
  providers: [ClientIntakeEventsHandler],
})
class SchedulingTestModule {}

const MONGO_BASE = process.env.MONGO_URL_BASE ?? 'mongodb://127.0.0.1:27017';

export interface SchedulingTestApp {
  app: INestApplication;
  baseUrl: string;
  organisation: string;
  mongoUrl: string;
  sqlitePath: string;
  token(role: Role, sub?: string, organisation?: string): Promise<string>;
  /** Delivers a client-intake fact as the Kafka consumer would. */
  deliver(type: string, data: Record<string, unknown>, options?: { time?: string; id?: string }): Promise<IntegrationEvent>;
  api(method: string, route: string, options?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<{ status: number; headers: Headers; json: Record<string, unknown>; text: string }>;
  close(): Promise<void>;
}

/** Fails loudly without a server: an integration test must not pass without one. */
async function assertMongoReachable(url: string): Promise<void> {
  const connection = mongoose.createConnection(url, { serverSelectionTimeoutMS: 5_000 });
  try {
    await connection.asPromise();
  } catch (error) {
    throw new Error(`No MongoDB-compatible server at ${url} (${(error as Error).message}). Start it with: bash infra/local/up.sh`);
  } finally {
    await connection.close().catch(() => undefined);
  }
}

export async function startSchedulingTestApp(label: string): Promise<SchedulingTestApp> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `scheduling-${label}-`));
  const mongoUrl = `${MONGO_BASE}/sched-int-${label}-${randomBytes(4).toString('hex')}`;
  await assertMongoReachable(mongoUrl);
  const organisation = `INT${randomBytes(3).toString('hex').toUpperCase()}`;
  const auth = { devKeyPath: path.join(dir, 'dev-key.json'), issuer: 'career-dev', audience: 'career-api' };
  const sqlitePath = path.join(dir, 'events.sqlite');
  // The privacy module reads its master key from the process environment.
  process.env.PRIVACY_MASTER_KEY_PATH = path.join(dir, 'master-key');
  const app = await createServiceApp({
    name: 'scheduling',
    rootModule: SchedulingTestModule,
    defaultPort: 0,
    config: SchedulingConfig,
    handleSignals: false,
    env: { SQLITE_PATH: sqlitePath, MONGO_URL: mongoUrl, AUTH_DEV_KEY_PATH: auth.devKeyPath, LOG_LEVEL: 'warn' },
  });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const handler = app.get(ClientIntakeEventsHandler);

  return {
    app,
    baseUrl,
    organisation,
    mongoUrl,
    sqlitePath,
    token: (role, sub = `int-${role}`, org = organisation) => signDevToken({ role, org, sub }, auth),
    async deliver(type, data, options = {}) {
      const event: IntegrationEvent = {
        id: options.id ?? randomUUID(),
        type,
        version: 1,
        source: sourceOf('client-intake'),
        subject: String(data.clientId),
        time: options.time ?? new Date().toISOString(),
        organisation: String(data.organisation ?? organisation),
        data: { organisation, ...data },
      };
      await handler.handle(event);
      return event;
    },
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
      const text = await response.text();
      let json: Record<string, unknown> = {};
      try {
        json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      } catch {
        // not JSON (an iCalendar body)
      }
      return { status: response.status, headers: response.headers, json, text };
    },
    async close() {
      await app.close();
      const connection = await mongoose.createConnection(mongoUrl).asPromise();
      await connection.dropDatabase();
      await connection.close();
      rmSync(dir, { recursive: true, force: true });
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
