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
  return { id: sub, role, organisation: org, ...(name !== undefined ? { name } : {}) };
}

/** The `actor` of event metadata (CommandContext.actor) for this user. */
export function actorOf(user: AuthenticatedUser): Actor {
  return { id: user.id, role: user.role };
}
