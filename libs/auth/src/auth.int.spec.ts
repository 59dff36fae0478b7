import { createServer, type Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Controller, Get, Module, type INestApplication } from '@nestjs/common';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { bootstrapService } from '@career/platform';
import { AuthModule } from './auth.module';
import type { AuthenticatedUser } from './claims';
import { CurrentUser, Public, Roles } from './decorators';
import { signDevToken } from './dev-token';

@Controller()
class ProbeController {
  @Get('api/v1/me')
  me(@CurrentUser() user: AuthenticatedUser): AuthenticatedUser {
    return user;
  }

  @Get('api/v1/reports')
  @Roles('reporter', 'admin')
  reports(): { rows: number } {
    return { rows: 0 };
  }

  @Get('internal/ping')
  @Roles('service')
  ping(): { pong: true } {
    return { pong: true };
  }

  @Get('api/v1/public-info')
  @Public()
  info(): { open: true } {
    return { open: true };
  }
}

@Module({ imports: [AuthModule.forRoot()], controllers: [ProbeController] })
class ProbeModule {}

interface Started {
  app: INestApplication;
  baseUrl: string;
  logs: string[];
}

async function start(env: NodeJS.ProcessEnv): Promise<Started> {
  const logs: string[] = [];
  const { Writable } = await import('node:stream');
  const app = await bootstrapService({
    name: 'auth-probe',
    rootModule: ProbeModule,
    defaultPort: 0,
    port: 0,
    host: '127.0.0.1',
    env: { LOG_LEVEL: 'info', ...env },
    handleSignals: false,
    logDestination: new Writable({
      write(chunk: Buffer, _encoding, callback) {
        logs.push(chunk.toString());
        callback();
      },
    }),
  });
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, baseUrl: `http://127.0.0.1:${port}`, logs };
}

const get = (url: string, token?: string) => fetch(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});

describe('auth over real HTTP, dev key', () => {
  let directory: string;
  let service: Started;
  let settings: { devKeyPath: string; issuer: string; audience: string };

  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'career-auth-'));
    settings = { devKeyPath: path.join(directory, 'dev-key.json'), issuer: 'career-dev', audience: 'career-api' };
    service = await start({ AUTH_DEV_KEY_PATH: settings.devKeyPath });
  });
  afterAll(async () => {
    await service?.app.close();
    await rm(directory, { recursive: true, force: true });
  });

  const expectProblem = async (response: Response, status: number) => {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
    return body;
  };

  it('answers 401 problem+json without a token, on /api and /internal alike', async () => {
    const body = await expectProblem(await get(`${service.baseUrl}/api/v1/me`), 401);
    expect(body).toMatchObject({ instance: '/api/v1/me', detail: 'A bearer token is required.' });
    const internal = await get(`${service.baseUrl}/internal/ping`);
    await expectProblem(internal, 401);
    expect(internal.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('answers 401 to a malformed, forged, expired or foreign token, never echoing it', async () => {
    const valid = await signDevToken({ role: 'advisor', org: '0100' }, settings);
    const [header, , signature] = valid.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ sub: 'x', role: 'admin', org: '0100', exp: 9999999999 })).toString('base64url');

    const other = await generateKeyPair('ES256');
    const foreign = await new SignJWT({ role: 'advisor', org: '0100' })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('intruder')
      .setIssuer('career-dev')
      .setAudience('career-api')
      .setExpirationTime('1h')
      .sign(other.privateKey);
    // Expired an hour ago: well past the 30 s clock tolerance.
    const devKey = await (await import('./dev-key')).loadOrCreateDevKey(settings.devKeyPath);
    const reallyExpired = await new SignJWT({ role: 'advisor', org: '0100' })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('late')
      .setIssuer('career-dev')
      .setAudience('career-api')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(devKey.privateKey);
    const wrongAudience = await signDevToken({ role: 'advisor', org: '0100' }, { ...settings, audience: 'payroll' });

    const cases: [string, string, RegExp][] = [
      ['garbage', 'not-a-jwt', /malformed/],
      ['forged payload', `${header}.${forgedPayload}.${signature}`, /signature is invalid/],
      ['foreign key', foreign, /signature is invalid/],
      ['expired', reallyExpired, /expired/],
      ['wrong audience', wrongAudience, /not valid for this service/],
    ];
    for (const [, token, detail] of cases) {
      const response = await get(`${service.baseUrl}/api/v1/me`, token);
      const body = await expectProblem(response, 401);
      expect(body.detail).toMatch(detail);
      expect(JSON.stringify(body)).not.toContain(token.slice(0, 20));
      expect(response.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
    }
    const logged = service.logs.join('');
    for (const [, token] of cases) expect(logged).not.toContain(token);
  });

  it('answers 403 when the role is not allowed', async () => {
    const advisor = await signDevToken({ role: 'advisor', org: '0100' }, settings);
    const body = await expectProblem(await get(`${service.baseUrl}/api/v1/reports`, advisor), 403);
    expect(body.detail).toBe('This operation requires one of the roles: reporter, admin.');
    await expectProblem(await get(`${service.baseUrl}/internal/ping`, advisor), 403);
  });

  it('serves a dev token and hands the route the current user', async () => {
    const token = await signDevToken({ role: 'advisor', org: 'ELY-0100', sub: 'advisor-7', name: 'Aino' }, settings);
    const response = await get(`${service.baseUrl}/api/v1/me`, token);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: 'advisor-7', role: 'advisor', organisation: 'ELY-0100', name: 'Aino' });

    const reporter = await signDevToken({ role: 'reporter', org: '0100' }, settings);
    expect((await get(`${service.baseUrl}/api/v1/reports`, reporter)).status).toBe(200);
    const caller = await signDevToken({ role: 'service', org: '0100' }, settings);
    expect((await get(`${service.baseUrl}/internal/ping`, caller)).status).toBe(200);
    expect(service.logs.join('')).not.toContain(token);
  });

  it('lets @Public routes, /health, /metrics and /docs through without a token', async () => {
    expect((await get(`${service.baseUrl}/api/v1/public-info`)).status).toBe(200);
    expect((await get(`${service.baseUrl}/health/live`)).status).toBe(200);
    expect((await get(`${service.baseUrl}/health/ready`)).status).toBe(200);
    expect((await get(`${service.baseUrl}/metrics`)).status).toBe(200);
    const docs = await get(`${service.baseUrl}/docs-json`);
    expect(docs.status).toBe(200);
    expect(((await docs.json()) as { openapi: string }).openapi).toMatch(/^3\./);
    expect((await get(`${service.baseUrl}/docs`)).status).toBe(200);
  });
});

describe('auth over real HTTP, JWKS from an identity provider', () => {
  let jwksServer: Server;
  let providerKey: CryptoKey;
  let service: Started;
  let directory: string;

  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'career-auth-jwks-'));
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    providerKey = privateKey;
    const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'provider-1', alg: 'RS256', use: 'sig' }] };
    jwksServer = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks));
    });
    await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
    const { port } = jwksServer.address() as AddressInfo;
    service = await start({
      AUTH_JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json`,
      AUTH_ISSUER: 'https://login.example.fi',
      AUTH_AUDIENCE: 'career-api',
      AUTH_DEV_KEY_PATH: path.join(directory, 'dev-key.json'),
    });
  });
  afterAll(async () => {
    await service?.app.close();
    await new Promise((resolve) => jwksServer?.close(resolve));
    await rm(directory, { recursive: true, force: true });
  });

  const providerToken = (issuer = 'https://login.example.fi') =>
    new SignJWT({ role: 'coordinator', org: '0200' })
      .setProtectedHeader({ alg: 'RS256', kid: 'provider-1' })
      .setSubject('coordinator-3')
      .setIssuer(issuer)
      .setAudience('career-api')
      .setExpirationTime('5m')
      .sign(providerKey);

  it("accepts the provider's tokens and refuses dev-key tokens and other issuers", async () => {
    const response = await get(`${service.baseUrl}/api/v1/me`, await providerToken());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: 'coordinator-3', role: 'coordinator', organisation: '0200' });

    const devToken = await signDevToken(
      { role: 'admin', org: '0200' },
      { devKeyPath: path.join(directory, 'dev-key.json'), issuer: 'https://login.example.fi', audience: 'career-api' },
    );
    expect((await get(`${service.baseUrl}/api/v1/me`, devToken)).status).toBe(401);
    expect((await get(`${service.baseUrl}/api/v1/me`, await providerToken('https://evil.example'))).status).toBe(401);
  });
});

describe('auth over real HTTP, JWKS unreachable', () => {
  it('answers 503 (not 401: the caller did nothing wrong) when the keys cannot be fetched', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const directory = await mkdtemp(path.join(tmpdir(), 'career-auth-nojwks-'));
    const service = await start({ AUTH_JWKS_URL: `http://127.0.0.1:${port}/jwks.json`, AUTH_DEV_KEY_PATH: path.join(directory, 'k.json') });
    try {
      const token = await signDevToken({ role: 'advisor', org: '0100' }, { devKeyPath: path.join(directory, 'k.json'), issuer: 'career-dev', audience: 'career-api' });
      const response = await get(`${service.baseUrl}/api/v1/me`, token);
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    } finally {
      await service.app.close();
      await rm(directory, { recursive: true, force: true });
    }
  });
});

describe('per-token rate limit over real HTTP', () => {
  it('answers 429 with Retry-After once a token exceeds its burst, while other tokens and /health go on', async () => {
    const directory = await mkdtemp(path.join(tmpdir(), 'career-auth-rate-'));
    const settings = { devKeyPath: path.join(directory, 'dev-key.json'), issuer: 'career-dev', audience: 'career-api' };
    const service = await start({ AUTH_DEV_KEY_PATH: settings.devKeyPath, RATE_LIMIT_PER_SECOND: '1', RATE_LIMIT_BURST: '3' });
    try {
      const busy = await signDevToken({ role: 'advisor', org: '0100', sub: 'busy' }, settings);
      const calm = await signDevToken({ role: 'advisor', org: '0100', sub: 'calm' }, settings);
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await get(`${service.baseUrl}/api/v1/me`, busy)).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const limited = await get(`${service.baseUrl}/api/v1/me`, busy);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(limited.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect((await get(`${service.baseUrl}/api/v1/me`, calm)).status).toBe(200);
      expect((await get(`${service.baseUrl}/health/live`)).status).toBe(200);
    } finally {
      await service.app.close();
      await rm(directory, { recursive: true, force: true });
    }
  });
});

describe('production without an identity provider', () => {
  it('refuses to start, naming AUTH_JWKS_URL, instead of accepting tokens signed by a key made in the container', async () => {
    await expect(start({ NODE_ENV: 'production' })).rejects.toThrow(/AUTH_JWKS_URL: is required when NODE_ENV=production/);
  });
});
