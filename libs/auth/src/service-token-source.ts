import type { FactoryProvider } from '@nestjs/common';
import { BaseServiceConfig, SERVICE_NAME } from '@career/platform';
import { decodeJwt } from 'jose';
import { signDevToken } from './dev-token';

/** How long a self-signed service token lives: long enough for one call chain, short enough to be worthless when leaked. */
export const SERVICE_TOKEN_TTL_SECONDS = 300;
/** A cached token is replaced this long before it expires, so a slow call never carries an expired one. */
const RENEW_BEFORE_EXPIRY_MS = 60_000;

export type ServiceTokenMode = 'dev-key' | 'static';

export interface ServiceTokenSourceSettings {
  /** The calling service (`sub` of its tokens), e.g. `document-generation`. */
  serviceName: string;
  /**
   * `dev-key`: sign short-lived tokens with the local dev key (no JWKS configured: development
   * and tests); `static`: send `staticToken` as it is.
   */
  mode: ServiceTokenMode;
  devKeyPath: string;
  issuer: string;
  audience: string;
  staticToken?: string;
  /** Clock for the cache (tests). */
  now?: () => number;
}

/** The service cannot obtain a token to call another service with: a deployment problem. */
export class ServiceTokenUnavailableError extends Error {
  constructor(reason: string) {
    super(`no service token: ${reason}`);
    this.name = 'ServiceTokenUnavailableError';
  }
}

/**
 * Bearer tokens for calls to another service's internal API (`role: service`). The token
 * names the organisation of the user the call is made for, so the called service applies the
 * same tenancy check as for that user (staff see only their own organisation's clients).
 *
 * With the local dev key it signs a token per organisation itself and reuses it until shortly
 * before it expires. With an identity provider (AUTH_JWKS_URL set) it sends SERVICE_TOKEN as
 * it is: that token carries one fixed organisation. A real deployment replaces this with its
 * provider's client-credentials flow (see libs/auth/README.md, "Service tokens").
 */
export class ServiceTokenSource {
  private readonly cache = new Map<string, Promise<{ token: string; expiresAtMs: number }>>();
  private readonly now: () => number;

  constructor(private readonly settings: ServiceTokenSourceSettings) {
    this.now = settings.now ?? Date.now;
    if (settings.mode === 'static' && !settings.staticToken?.trim()) {
      throw new ServiceTokenUnavailableError('SERVICE_TOKEN must be set when tokens are verified by an identity provider (AUTH_JWKS_URL)');
    }
  }

  /** Chooses the mode from the service's configuration: dev key when no JWKS URL is configured. */
  static fromConfig(config: BaseServiceConfig, serviceName: string, env: NodeJS.ProcessEnv = process.env): ServiceTokenSource {
    return new ServiceTokenSource({
      serviceName,
      mode: config.AUTH_JWKS_URL ? 'static' : 'dev-key',
      devKeyPath: config.AUTH_DEV_KEY_PATH,
      issuer: config.AUTH_ISSUER,
      audience: config.AUTH_AUDIENCE,
      staticToken: env.SERVICE_TOKEN?.trim() || undefined,
    });
  }

  get mode(): ServiceTokenMode {
    return this.settings.mode;
  }

  /** A bearer token (without the `Bearer ` prefix) for a call made on behalf of `organisation`. */
  async tokenFor(organisation: string): Promise<string> {
    if (this.settings.mode === 'static') return this.settings.staticToken as string;
    const cached = this.cache.get(organisation);
    if (cached) {
      const entry = await cached.catch(() => undefined);
      if (entry && entry.expiresAtMs - this.now() > RENEW_BEFORE_EXPIRY_MS) return entry.token;
      if (this.cache.get(organisation) === cached) this.cache.delete(organisation);
    }
    const signing = this.sign(organisation);
    this.cache.set(organisation, signing);
    signing.catch(() => this.cache.delete(organisation));
    return (await signing).token;
  }

  private async sign(organisation: string): Promise<{ token: string; expiresAtMs: number }> {
    const { serviceName, devKeyPath, issuer, audience } = this.settings;
    const token = await signDevToken(
      { role: 'service', org: organisation, sub: serviceName, ttl: `${SERVICE_TOKEN_TTL_SECONDS}s` },
      { devKeyPath, issuer, audience },
    );
    const { exp } = decodeJwt(token);
    return { token, expiresAtMs: (exp ?? 0) * 1000 };
  }
}

/** Nest provider: `providers: [serviceTokenSourceProvider]`, then inject `ServiceTokenSource`. */
export const serviceTokenSourceProvider: FactoryProvider<ServiceTokenSource> = {
  provide: ServiceTokenSource,
  inject: [BaseServiceConfig, SERVICE_NAME],
  useFactory: (config: BaseServiceConfig, serviceName: string) => ServiceTokenSource.fromConfig(config, serviceName),
};
