import { SignJWT } from 'jose';
import type { AuthenticatedUser } from './claims';
import { CROSS_ORGANISATION_CLAIM, IDENTITY_CODE_CLAIM, userFromClaims } from './claims';
import { DEV_KEY_ALGORITHM, loadOrCreateDevKey } from './dev-key';
import type { Role } from './roles';

export interface DevTokenRequest {
  role: Role;
  /** Organisation code. */
  org: string;
  /** Defaults to `dev-<role>`. */
  sub?: string;
  name?: string;
  /** jose time span: `8h`, `30m`, `2d`, `90s`. Defaults to 8h. */
  ttl?: string;
  /** Role `client`: the person's identity code, as e-Identification supplies it. */
  identityCode?: string;
  /** Role `reporter` or `admin`: the reports of every organisation (the `cross_organisation` claim). */
  crossOrganisation?: boolean;
}

export interface DevTokenSettings {
  devKeyPath: string;
  issuer: string;
  audience: string;
}

export const DEFAULT_DEV_TOKEN_TTL = '8h';
const TIME_SPAN = /^\d+\s*(s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks)$/;

/** Signs a token with the local dev key (creating it if absent), as `npm run token` does. */
export async function signDevToken(request: DevTokenRequest, settings: DevTokenSettings): Promise<string> {
  const ttl = request.ttl ?? DEFAULT_DEV_TOKEN_TTL;
  if (!TIME_SPAN.test(ttl)) throw new Error(`ttl must be a time span like 8h, 30m, 2d (got an unsupported value)`);
  const identity = request.identityCode ? { [IDENTITY_CODE_CLAIM]: request.identityCode } : {};
  const grant = request.crossOrganisation ? { [CROSS_ORGANISATION_CLAIM]: true } : {};
  const claims = { sub: request.sub ?? `dev-${request.role}`, role: request.role, org: request.org, ...(request.name ? { name: request.name } : {}), ...identity, ...grant };
  const user: AuthenticatedUser = userFromClaims(claims); // refuse to sign what the guard would refuse
  const key = await loadOrCreateDevKey(settings.devKeyPath);
  return new SignJWT({ role: user.role, org: user.organisation, ...(user.name ? { name: user.name } : {}), ...identity, ...grant })
    .setProtectedHeader({ alg: DEV_KEY_ALGORITHM, kid: key.kid, typ: 'JWT' })
    .setSubject(user.id)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(key.privateKey);
}
