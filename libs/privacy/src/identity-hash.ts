import { createHmac } from 'node:crypto';
import { Environment, loadSecret, SecretLoadOptions } from './env-secret';
import { lengthPrefixed } from './length-prefixed';
import { PrivacyConfigError } from './privacy.errors';

export const IDENTITY_HASH_SECRET_MIN_BYTES = 32;

/**
 * HMAC-SHA256 (hex) over the length-prefixed parts: a stable lookup token for an identifier
 * (e.g. "is this personal identity code already registered?") that does not store the
 * identifier. Without the secret the token cannot be brute-forced from the small space of
 * valid identity codes. Put a purpose first so tokens of different uses never collide:
 * `keyedHash(secret, 'personal-identity-code', organisation, code)`.
 *
 * The token is pseudonymous personal data, not anonymous: keep it out of logs and Kafka too.
 */
export function keyedHash(secret: Buffer, ...parts: string[]): string {
  if (secret.length < IDENTITY_HASH_SECRET_MIN_BYTES) {
    throw new PrivacyConfigError(`keyedHash needs a secret of at least ${IDENTITY_HASH_SECRET_MIN_BYTES} bytes`);
  }
  if (parts.length === 0) throw new TypeError('keyedHash needs at least one part');
  return createHmac('sha256', secret).update(lengthPrefixed(parts)).digest('hex');
}

/**
 * `IDENTITY_HASH_SECRET` (base64, at least 32 bytes); outside production, when unset, a
 * development secret in `IDENTITY_HASH_SECRET_PATH` (default `.data/privacy/identity-hash-secret`).
 * Every process that compares tokens must use the same secret, and changing it orphans every
 * stored token, so treat it like the master key.
 */
export function loadIdentityHashSecret(env: Environment = process.env, options: SecretLoadOptions = {}): Buffer {
  return loadSecret(
    {
      variable: 'IDENTITY_HASH_SECRET',
      pathVariable: 'IDENTITY_HASH_SECRET_PATH',
      defaultPath: '.data/privacy/identity-hash-secret',
      byteLength: IDENTITY_HASH_SECRET_MIN_BYTES,
    },
    env,
    options,
  );
}
