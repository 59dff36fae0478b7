import type { Actor } from '@career/event-sourcing';
import { isRole, ROLES, type Role } from './roles';

/** Who is calling, as the guard puts it on the request and `@CurrentUser()` returns it. */
export interface AuthenticatedUser {
  /** The token's `sub`. */
  id: string;
  role: Role;
  /** The token's `org`: the organisation code the user acts within. */
  organisation: string;
  /** The token's optional display `name` (personal data: never log it). */
  name?: string;
  /**
   * Role `client` only: the person's identity code from the identity-code claim. Not
   * enumerable, so it never reaches a log line, a response or JSON; read it with
   * `identityCodeOf(user)`, only to resolve the person's own client record.
   */
  readonly identityCode?: string;
  /** Role `client`, once resolved (`@Me()` routes): the person's own client record. */
  clientId?: string;
}

/**
 * The claim Finland's e-Identification service (Suomi.fi) gives a relying party with the
 * person's identity code: the OID of nationalIdentificationNumber.
 */
export const IDENTITY_CODE_CLAIM = 'urn:oid:1.2.246.21';
/** DDMMYY, century sign, individual number, check character: the shape only (client-intake checks the rest). */
const IDENTITY_CODE_SHAPE = /^\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]$/;

/** The identity code of a client token (undefined for any other role). */
export function identityCodeOf(user: AuthenticatedUser): string | undefined {
  return user.identityCode;
}

/** The same shape DTOs accept for organisation codes. */
export const ORGANISATION_CODE = /^[A-Za-z0-9_-]{1,32}$/;
const MAX_SUBJECT_LENGTH = 255;
const MAX_NAME_LENGTH = 200;
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/** A verified token whose claims do not describe a user this backend can serve. */
export class InvalidClaimsError extends Error {
  constructor(readonly reason: string) {
    super(`token claims are invalid: ${reason}`);
    this.name = 'InvalidClaimsError';
  }
}

/**
 * Checks the application claims of an already verified token (`sub`, `role`, `org`,
 * optional `name`) and returns the user. Reasons name the claim, never its value.
 */
export function userFromClaims(claims: Record<string, unknown>): AuthenticatedUser {
  const { sub, role, org, name } = claims;
  const identityCode = claims[IDENTITY_CODE_CLAIM];
  if (typeof sub !== 'string' || sub.trim() === '') throw new InvalidClaimsError('"sub" must be a non-empty string');
  if (sub.length > MAX_SUBJECT_LENGTH || CONTROL_CHARACTERS.test(sub)) {
    throw new InvalidClaimsError(`"sub" must be at most ${MAX_SUBJECT_LENGTH} printable characters`);
  }
  if (!isRole(role)) throw new InvalidClaimsError(`"role" must be one of ${ROLES.join(', ')}`);
  if (typeof org !== 'string' || !ORGANISATION_CODE.test(org)) {
    throw new InvalidClaimsError('"org" must be an organisation code of 1-32 letters, digits, dashes or underscores');
  }
  if (name !== undefined && (typeof name !== 'string' || name.length > MAX_NAME_LENGTH || CONTROL_CHARACTERS.test(name))) {
    throw new InvalidClaimsError(`"name" must be a string of at most ${MAX_NAME_LENGTH} printable characters`);
  }
  const user: AuthenticatedUser = { id: sub, role, organisation: org, ...(name !== undefined ? { name } : {}) };
  if (role === 'client') {
    if (typeof identityCode !== 'string' || !IDENTITY_CODE_SHAPE.test(identityCode)) {
      throw new InvalidClaimsError(`a client token must carry the identity code in "${IDENTITY_CODE_CLAIM}"`);
    }
    Object.defineProperty(user, 'identityCode', { value: identityCode, enumerable: false });
  }
  return user;
}

/** The `actor` of event metadata (CommandContext.actor) for this user. */
export function actorOf(user: AuthenticatedUser): Actor {
  return { id: user.id, role: user.role };
}
