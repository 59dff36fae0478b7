import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { EncryptedValue, ENCRYPTION_SCHEME } from './encrypted-value';
import { lengthPrefixed } from './length-prefixed';
import { PersonalDataIntegrityError } from './privacy.errors';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Encrypts one JSON value with a client's data key: AES-256-GCM, a fresh random 12-byte IV per
 * value (at most a few thousand values per key, far below GCM's random-IV limit), and an AAD
 * binding the ciphertext to the client and the field path, so it cannot be moved to another
 * client or field. The value is JSON-encoded: what comes back is what JSON.parse gives.
 * The ciphertext length still reveals the plaintext's length.
 */
export function encryptWithKey(dataKey: Buffer, clientId: string, fieldPath: string, value: unknown): EncryptedValue {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError(`cannot encrypt a value that has no JSON form (at "${fieldPath}")`);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', dataKey, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(fieldAad(clientId, fieldPath));
  const ct = Buffer.concat([cipher.update(json, 'utf8'), cipher.final()]);
  return {
    $enc: ENCRYPTION_SCHEME,
    iv: iv.toString('base64'),
    ct: ct.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

/** Throws PersonalDataIntegrityError when the key, client, field or any byte does not match. */
export function decryptWithKey(dataKey: Buffer, clientId: string, fieldPath: string, value: EncryptedValue): unknown {
  let json: string;
  try {
    const decipher = createDecipheriv('aes-256-gcm', dataKey, Buffer.from(value.iv, 'base64'), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(fieldAad(clientId, fieldPath));
    decipher.setAuthTag(Buffer.from(value.tag, 'base64'));
    json = Buffer.concat([decipher.update(Buffer.from(value.ct, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new PersonalDataIntegrityError(clientId, fieldPath);
  }
  return JSON.parse(json);
}

function fieldAad(clientId: string, fieldPath: string): Buffer {
  return lengthPrefixed([ENCRYPTION_SCHEME, clientId, fieldPath]);
}
