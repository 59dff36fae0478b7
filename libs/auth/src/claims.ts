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
  /**
   * Granted to act across organisations (docs/architecture.md#conventions, Tenancy and roles):
   * a `service` named in CROSS_ORGANISATION_SERVICES reads records of every organisation on its
   * internal routes; a `reporter` or `admin` whose token carries `cross_organisation: true`
   * (the Fund evaluator, the operator) sees the reports of every organisation. Absent otherwise.
   */
  crossOrganisation?: true;
}

/** The claim that grants a reporter or an administrator the reports of every organisation. */
export const CROSS_ORGANISATION_CLAIM = 'cross_organisation';
/** The roles the cross-organisation claim may be granted to. */
export const CROSS_ORGANISATION_ROLES: readonly Role[] = ['reporter', 'admin'];

/** What the deployment decides about tokens, beyond their claims. */
export interface ClaimsPolicy {
  /** `sub`s of the services that may read records of every organisation (CROSS_ORGANISATION_SERVICES). */
  crossOrganisationServices?: readonly string[];
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
export function userFromClaims(claims: Record<string, unknown>, policy: ClaimsPolicy = {}): AuthenticatedUser {
  const { sub, role, org, name } = claims;
  const crossOrganisationClaim = claims[CROSS_ORGANISATION_CLAIM];
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
  if (crossOrganisationClaim !== undefined) {
    if (crossOrganisationClaim !== true) throw new InvalidClaimsError(`"${CROSS_ORGANISATION_CLAIM}" must be true when present`);
    if (!CROSS_ORGANISATION_ROLES.includes(role)) {
      throw new InvalidClaimsError(`"${CROSS_ORGANISATION_CLAIM}" is granted to the roles ${CROSS_ORGANISATION_ROLES.join(', ')} only`);
    }
  }
  const crossOrganisation = crossOrganisationClaim === true || (role === 'service' && (policy.crossOrganisationServices ?? []).includes(sub));
  const user: AuthenticatedUser = {
    id: sub,
    role,
    organisation: org,
    ...(name !== undefined ? { name } : {}),
    ...(crossOrganisation ? { crossOrganisation: true as const } : {}),
  };
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
