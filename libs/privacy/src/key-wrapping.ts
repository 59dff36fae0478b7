import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { lengthPrefixed } from './length-prefixed';
import { MasterKey } from './master-key';
import { DataKeyUnwrapError } from './privacy.errors';

export const DATA_KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A data key encrypted under a master key, as stored (base64 strings: portable across servers). */
export interface WrappedDataKey {
  /** Version of the master key that wrapped it. */
  kv: number;
  iv: string;
  tag: string;
  ct: string;
}

export function generateDataKey(): Buffer {
  return randomBytes(DATA_KEY_BYTES);
}

/**
 * AES-256-GCM under the master key. The AAD binds the wrapped key to its client and master key
 * version, so a wrapped key copied onto another client's record fails to unwrap.
 */
export function wrapDataKey(masterKey: MasterKey, clientId: string, dataKey: Buffer): WrappedDataKey {
  if (dataKey.length !== DATA_KEY_BYTES) throw new TypeError(`a data key has ${DATA_KEY_BYTES} bytes`);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', masterKey.key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(wrappingAad(clientId, masterKey.version));
  const ct = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return {
    kv: masterKey.version,
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ct: ct.toString('base64'),
  };
}

/** Unwraps with the master key whose version the record names; throws DataKeyUnwrapError otherwise. */
export function unwrapDataKey(masterKeys: readonly MasterKey[], clientId: string, wrapped: WrappedDataKey): Buffer {
  const masterKey = masterKeys.find((candidate) => candidate.version === wrapped.kv);
  if (!masterKey) throw new DataKeyUnwrapError(clientId, `no master key of version ${wrapped.kv} is configured`);
  try {
    const decipher = createDecipheriv('aes-256-gcm', masterKey.key, Buffer.from(wrapped.iv, 'base64'), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(wrappingAad(clientId, wrapped.kv));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    const dataKey = Buffer.concat([decipher.update(Buffer.from(wrapped.ct, 'base64')), decipher.final()]);
    if (dataKey.length !== DATA_KEY_BYTES) throw new Error('wrong length');
    return dataKey;
  } catch {
    throw new DataKeyUnwrapError(clientId, `authentication failed under master key version ${wrapped.kv}`);
  }
}

function wrappingAad(clientId: string, version: number): Buffer {
  return lengthPrefixed(['career/data-key/v1', clientId, String(version)]);
}
