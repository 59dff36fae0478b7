/** The roles a token may carry (DOMAIN "The people"); `service` is another service calling. */
export const ROLES = ['advisor', 'coordinator', 'reporter', 'admin', 'service'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
