import { Environment, loadSecret, SecretLoadOptions } from './env-secret';
import { PrivacyConfigError } from './privacy.errors';

export const MASTER_KEY_BYTES = 32;

/**
 * The key that wraps every client's data key. `version` is stored with each wrapped key (`kv`)
 * so the master key can be rotated: the new one wraps new keys while older versions, still
 * passed to the store, keep unwrapping what they wrapped.
 */
export interface MasterKey {
  version: number;
  key: Buffer;
}

/**
 * `PRIVACY_MASTER_KEY` (base64 of 32 bytes) with `PRIVACY_MASTER_KEY_VERSION` (default 1).
 * When the key is unset and NODE_ENV is not production, a development key is created in
 * `PRIVACY_MASTER_KEY_PATH` (default `.data/privacy/master-key`) and a warning is logged.
 */
export function loadMasterKey(env: Environment = process.env, options: SecretLoadOptions = {}): MasterKey {
  const key = loadSecret(
    {
      variable: 'PRIVACY_MASTER_KEY',
      pathVariable: 'PRIVACY_MASTER_KEY_PATH',
      defaultPath: '.data/privacy/master-key',
      byteLength: MASTER_KEY_BYTES,
    },
    env,
    options,
  );
  if (key.length !== MASTER_KEY_BYTES) {
    throw new PrivacyConfigError(`PRIVACY_MASTER_KEY must be base64 of exactly ${MASTER_KEY_BYTES} bytes`);
  }
  const versionText = env.PRIVACY_MASTER_KEY_VERSION?.trim() || '1';
  if (!/^[1-9][0-9]{0,5}$/.test(versionText)) {
    throw new PrivacyConfigError('PRIVACY_MASTER_KEY_VERSION must be a positive integer');
  }
  return { version: Number(versionText), key };
}
