import { createRemoteJWKSet, jwtVerify, type CryptoKey, type JWTVerifyGetKey } from 'jose';
import { userFromClaims, InvalidClaimsError, type AuthenticatedUser } from './claims';
import { DEV_KEY_ALGORITHM, loadOrCreateDevKey } from './dev-key';

export interface TokenVerifierSettings {
  /** Verify against this JWKS; when absent, against the local dev key. */
  jwksUrl?: string;
  issuer: string;
  audience: string;
  devKeyPath: string;
  /** Service identities (`sub`) that may read records of every organisation. */
  crossOrganisationServices?: readonly string[];
}

/** The token was missing, malformed, forged, expired or for someone else: 401. */
export class InvalidTokenError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'InvalidTokenError';
  }
}

/** The keys to check a token against could not be fetched: 503, not the caller's fault. */
export class TokenKeysUnavailableError extends Error {
  constructor() {
    super('the token signing keys are unavailable');
    this.name = 'TokenKeysUnavailableError';
  }
}

const ASYMMETRIC_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

/** jose error codes -> what the caller is told (never the token's contents). */
const REASONS: Record<string, string> = {
  ERR_JWT_EXPIRED: 'the token has expired',
  ERR_JWS_SIGNATURE_VERIFICATION_FAILED: 'the token signature is invalid',
  ERR_JWKS_NO_MATCHING_KEY: 'the token was not signed by a known key',
  ERR_JOSE_ALG_NOT_ALLOWED: 'the token signing algorithm is not accepted',
  ERR_JWT_CLAIM_VALIDATION_FAILED: 'the token is not valid for this service',
  ERR_JWS_INVALID: 'the token is malformed',
  ERR_JWT_INVALID: 'the token is malformed',
};
const KEYS_UNAVAILABLE = new Set(['ERR_JWKS_TIMEOUT', 'ERR_JWKS_INVALID']);

/** Verifies bearer tokens (signature, issuer, audience, expiry) and reads the user from them. */
export class TokenVerifier {
  private constructor(
    private readonly key: JWTVerifyGetKey | CryptoKey,
    private readonly algorithms: string[],
    private readonly settings: TokenVerifierSettings,
  ) {}

  static async create(settings: TokenVerifierSettings): Promise<TokenVerifier> {
    if (settings.jwksUrl) {
      const jwks = createRemoteJWKSet(new URL(settings.jwksUrl), { timeoutDuration: 5_000, cooldownDuration: 30_000 });
      return new TokenVerifier(jwks, ASYMMETRIC_ALGORITHMS, settings);
    }
    const devKey = await loadOrCreateDevKey(settings.devKeyPath);
    return new TokenVerifier(devKey.publicKey, [DEV_KEY_ALGORITHM], settings);
  }

  /** The source keys come from, for start-up logs. */
  get keySource(): string {
    return this.settings.jwksUrl ? 'jwks' : 'dev-key';
  }

  async verify(token: string): Promise<AuthenticatedUser> {
    try {
      const options = {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        algorithms: this.algorithms,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: 30,
      };
      const { payload } =
        typeof this.key === 'function' ? await jwtVerify(token, this.key, options) : await jwtVerify(token, this.key, options);
      return userFromClaims(payload, { crossOrganisationServices: this.settings.crossOrganisationServices });
    } catch (error) {
      if (error instanceof InvalidClaimsError) throw new InvalidTokenError(error.reason);
      const code = (error as { code?: unknown }).code;
      if (typeof code === 'string' && KEYS_UNAVAILABLE.has(code)) throw new TokenKeysUnavailableError();
      if (typeof code === 'string' && code.startsWith('ERR_J')) throw new InvalidTokenError(REASONS[code] ?? 'the token is invalid');
      // Anything else is fetching the JWKS failing (network, HTTP status): not the caller's fault.
      if (this.settings.jwksUrl) throw new TokenKeysUnavailableError();
      throw error;
    }
  }
}
