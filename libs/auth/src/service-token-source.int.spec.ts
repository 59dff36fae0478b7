import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeJwt } from 'jose';
import { BaseServiceConfig } from '@career/platform';
import { ServiceTokenSource, ServiceTokenUnavailableError, SERVICE_TOKEN_TTL_SECONDS } from './service-token-source';
import { TokenVerifier } from './token-verifier';

// Integration: signs with a real dev key file, verified by the same TokenVerifier the services use.
describe('ServiceTokenSource', () => {
  let dir: string;
  let devKeyPath: string;
  const issuer = 'career-dev';
  const audience = 'career-api';

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'service-token-'));
    devKeyPath = path.join(dir, 'dev-key.json');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('signs a short-lived service token for the organisation, which the services accept', async () => {
    const source = new ServiceTokenSource({ serviceName: 'document-generation', mode: 'dev-key', devKeyPath, issuer, audience });
    const token = await source.tokenFor('ORG-1');
    const verifier = await TokenVerifier.create({ issuer, audience, devKeyPath });
    await expect(verifier.verify(token)).resolves.toEqual({ id: 'document-generation', role: 'service', organisation: 'ORG-1' });
    const { exp, iat } = decodeJwt(token);
    expect((exp ?? 0) - (iat ?? 0)).toBe(SERVICE_TOKEN_TTL_SECONDS);
  });

  it('reuses a token per organisation until shortly before it expires', async () => {
    let now = Date.now();
    const source = new ServiceTokenSource({ serviceName: 'document-generation', mode: 'dev-key', devKeyPath, issuer, audience, now: () => now });
    const first = await source.tokenFor('ORG-1');
    expect(await source.tokenFor('ORG-1')).toBe(first);
    const other = await source.tokenFor('ORG-2');
    expect(decodeJwt(other).org).toBe('ORG-2');

    now += (SERVICE_TOKEN_TTL_SECONDS - 30) * 1000; // within the renewal window
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // a new iat, so a new token
    const renewed = await source.tokenFor('ORG-1');
    expect(renewed).not.toBe(first);
    expect(decodeJwt(renewed).org).toBe('ORG-1');
  });

  it('refuses an organisation code the guard would refuse', async () => {
    const source = new ServiceTokenSource({ serviceName: 'document-generation', mode: 'dev-key', devKeyPath, issuer, audience });
    await expect(source.tokenFor('not a code!')).rejects.toThrow(/org/);
  });

  it('with an identity provider, sends SERVICE_TOKEN and refuses to start without it', () => {
    const config = Object.assign(new BaseServiceConfig(), { AUTH_JWKS_URL: 'https://idp.example/jwks', AUTH_DEV_KEY_PATH: devKeyPath });
    const source = ServiceTokenSource.fromConfig(config, 'document-generation', { SERVICE_TOKEN: ' issued-by-idp ' });
    expect(source.mode).toBe('static');
    return expect(source.tokenFor('ANY')).resolves.toBe('issued-by-idp');
  });

  it('refuses to start in identity-provider mode without SERVICE_TOKEN', () => {
    const config = Object.assign(new BaseServiceConfig(), { AUTH_JWKS_URL: 'https://idp.example/jwks' });
    expect(() => ServiceTokenSource.fromConfig(config, 'document-generation', {})).toThrow(ServiceTokenUnavailableError);
  });

  it('uses the dev key when no JWKS URL is configured', () => {
    const config = Object.assign(new BaseServiceConfig(), { AUTH_DEV_KEY_PATH: devKeyPath });
    expect(ServiceTokenSource.fromConfig(config, 'document-generation', { SERVICE_TOKEN: 'ignored' }).mode).toBe('dev-key');
  });
});
