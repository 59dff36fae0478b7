/**
 * The roles a token may carry (docs/domain.md#the-people): staff, reporters, `service` (another
 * service calling) and `client` (the person, signed in with strong electronic identification).
 */
export const ROLES = ['advisor', 'coordinator', 'reporter', 'admin', 'service', 'client'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
