import type { AddressInfo } from 'node:net';
import { Body, Controller, HttpCode, Module, Param, Post, Res, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import type { Connection } from 'mongoose';
import { MONGO_CONNECTION } from '../../mongo/mongo.module';
import { dropTestDatabase, openTestDatabase } from '../../test-support/mongo-test-database';
import { MongoIdempotencyStore } from './idempotency-store';
import { Idempotent } from './idempotent.decorator';
import { canonicalJson } from './request-fingerprint';

jest.setTimeout(30_000);

/** Counts executions so tests can tell a replay (handler not run) from a second run. */
const executions = { created: 0 };
let failNext = false;

@Controller('things')
class ThingsController {
  @Post()
  @Idempotent()
  async create(@Body() body: { name?: string; slow?: boolean }, @Res({ passthrough: true }) response: Response) {
    if (failNext) {
      failNext = false;
      throw new Error('the command failed');
    }
    if (body.slow) await new Promise((resolve) => setTimeout(resolve, 400));
    executions.created++;
    const id = `thing-${executions.created}`;
    response.setHeader('Location', `/things/${id}`);
    response.setHeader('ETag', '"0"');
    return { id };
  }

  @Post(':id/actions')
  @HttpCode(200)
  @Idempotent()
  act(@Param('id') id: string) {
    executions.created++;
    return { acted: id };
  }
}

describe('Idempotency-Key (real MongoDB-compatible server)', () => {
  let connection: Connection;
  let app: INestApplication;
  let baseUrl: string;

  beforeAll(async () => {
    connection = await openTestDatabase('idempotency');
    @Module({ controllers: [ThingsController], providers: [{ provide: MONGO_CONNECTION, useValue: connection }] })
    class TestModule {}
    app = await NestFactory.create(TestModule, { logger: false });
    // Stands in for the auth guard: the interceptor keys records by the authenticated user.
    app.use((request: Request, _response: Response, next: NextFunction) => {
      const user = request.headers['x-test-user'];
      if (typeof user === 'string') Object.assign(request, { user: { id: user, role: 'advisor', organisation: 'ORG' } });
      next();
    });
    await app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app?.close();
    if (connection) await dropTestDatabase(connection);
  });

  const post = (path: string, body: unknown, headers: Record<string, string>) =>
    fetch(baseUrl + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('replays the first response for the same key and request, without running the handler again', async () => {
    const before = executions.created;
    const first = await post('/things', { name: 'a', n: 1 }, { 'x-test-user': 'u1', 'idempotency-key': 'key-1' });
    expect(first.status).toBe(201);
    const firstBody = await first.json();
    // Same request, keys in another order: still the same request.
    const again = await post('/things', { n: 1, name: 'a' }, { 'x-test-user': 'u1', 'idempotency-key': 'key-1' });
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual(firstBody);
    expect(again.headers.get('location')).toBe(first.headers.get('location'));
    expect(again.headers.get('etag')).toBe('"0"');
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(executions.created).toBe(before + 1);
  });

  it('refuses the same key with a different body or path (422), and scopes keys per user', async () => {
    await post('/things', { name: 'b' }, { 'x-test-user': 'u1', 'idempotency-key': 'key-2' });
    const otherBody = await post('/things', { name: 'c' }, { 'x-test-user': 'u1', 'idempotency-key': 'key-2' });
    expect(otherBody.status).toBe(422);
    const otherPath = await post('/things/x/actions', { name: 'b' }, { 'x-test-user': 'u1', 'idempotency-key': 'key-2' });
    expect(otherPath.status).toBe(422);
    // Another user's identical key is another record: it runs.
    const otherUser = await post('/things', { name: 'c' }, { 'x-test-user': 'u2', 'idempotency-key': 'key-2' });
    expect(otherUser.status).toBe(201);
    expect(otherUser.headers.get('idempotent-replayed')).toBeNull();
  });

  it('answers 409 while the first request with the key is still running', async () => {
    const headers = { 'x-test-user': 'u1', 'idempotency-key': 'key-slow' };
    const first = post('/things', { slow: true }, headers);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const concurrent = await post('/things', { slow: true }, headers);
    expect(concurrent.status).toBe(409);
    expect((await first).status).toBe(201);
    expect((await post('/things', { slow: true }, headers)).headers.get('idempotent-replayed')).toBe('true');
  });

  it('forgets the key when the request fails, so a retry runs again', async () => {
    const headers = { 'x-test-user': 'u1', 'idempotency-key': 'key-fails' };
    failNext = true;
    expect((await post('/things', { name: 'd' }, headers)).status).toBe(500);
    const retried = await post('/things', { name: 'd' }, headers);
    expect(retried.status).toBe(201);
    expect(retried.headers.get('idempotent-replayed')).toBeNull();
  });

  it('passes requests without a key through, and refuses a malformed key', async () => {
    const before = executions.created;
    await post('/things', { name: 'e' }, { 'x-test-user': 'u1' });
    await post('/things', { name: 'e' }, { 'x-test-user': 'u1' });
    expect(executions.created).toBe(before + 2);
    expect((await post('/things', { name: 'e' }, { 'x-test-user': 'u1', 'idempotency-key': 'has space' })).status).toBe(400);
  });

  it('concurrent first uses of one key run the handler once', async () => {
    const before = executions.created;
    const headers = { 'x-test-user': 'u3', 'idempotency-key': 'key-race' };
    const results = await Promise.all(Array.from({ length: 8 }, () => post('/things', { name: 'race' }, headers)));
    expect(executions.created).toBe(before + 1);
    expect(results.filter((r) => r.status === 201 && r.headers.get('idempotent-replayed') === null)).toHaveLength(1);
    expect(results.every((r) => r.status === 201 || r.status === 409)).toBe(true);
  });

  it('the store takes over an expired record and an abandoned in-progress one', async () => {
    const store = new MongoIdempotencyStore(connection, { collection: 'idempotency_store_test', ttlMs: 1_000, inProgressTimeoutMs: 500 });
    const t0 = new Date('2026-01-01T00:00:00Z');
    const at = (ms: number) => new Date(t0.getTime() + ms);
    expect(await store.begin('s', 'k', 'f1', t0)).toEqual({ kind: 'started' });
    expect(await store.begin('s', 'k', 'f1', at(100))).toEqual({ kind: 'in-progress' });
    // The process that began it died: after the timeout the key runs again.
    expect(await store.begin('s', 'k', 'f1', at(600))).toEqual({ kind: 'started' });
    await store.complete('s', 'k', { status: 201, headers: {}, body: { ok: true } });
    expect(await store.begin('s', 'k', 'f1', at(700))).toEqual({ kind: 'replay', response: { status: 201, headers: {}, body: { ok: true } } });
    // Expired: even a different request may use the key again.
    expect(await store.begin('s', 'k', 'f2', at(1_700))).toEqual({ kind: 'started' });
  });

  it('fingerprints JSON independently of key order', () => {
    expect(canonicalJson({ b: [1, { d: 1, c: 2 }], a: null, skip: undefined })).toBe('{"a":null,"b":[1,{"c":2,"d":1}]}');
  });
});
