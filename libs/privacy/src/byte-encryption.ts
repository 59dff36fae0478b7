import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { lengthPrefixed } from './length-prefixed';
import { PersonalDataIntegrityError } from './privacy.errors';

/** Format tag of bytes sealed by this library (AAD and header); a new scheme gets a new tag, never a reuse. */
export const BYTES_ENCRYPTION_SCHEME = 'aes-256-gcm/bytes/v1';
/** The header that marks sealed bytes: no PDF (`%PDF`) or DOCX (`PK`) starts like this. */
const MAGIC = Buffer.from('CAREER-SEALED-1\n', 'latin1');
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Whether `bytes` were sealed by sealBytesWithKey (as opposed to a plaintext file). */
export function isSealedBytes(bytes: Buffer): boolean {
  return bytes.length >= MAGIC.length + IV_BYTES + TAG_BYTES && bytes.subarray(0, MAGIC.length).equals(MAGIC);
}

/**
 * Encrypts a file's bytes with a client's data key (docs/domain.md#personal-data: stored
 * documents are encrypted with the client's own key): AES-256-GCM, a fresh random 12-byte IV,
 * an AAD binding the bytes to the client and to `binding` (what the file is, e.g. the document
 * and its stored version), so they cannot be passed off as another client's or another file.
 * Layout: header | IV | tag | ciphertext. The length still reveals the plaintext's length.
 */
export function sealBytesWithKey(dataKey: Buffer, clientId: string, binding: string, bytes: Buffer): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', dataKey, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(bytesAad(clientId, binding));
  const ciphertext = Buffer.concat([cipher.update(bytes), cipher.final()]);
  return Buffer.concat([MAGIC, iv, cipher.getAuthTag(), ciphertext]);
}

/** The original bytes; PersonalDataIntegrityError when the key, client, binding or any byte does not match. */
export function openBytesWithKey(dataKey: Buffer, clientId: string, binding: string, sealed: Buffer): Buffer {
  if (!isSealedBytes(sealed)) throw new PersonalDataIntegrityError(clientId, binding);
  const iv = sealed.subarray(MAGIC.length, MAGIC.length + IV_BYTES);
  const tag = sealed.subarray(MAGIC.length + IV_BYTES, MAGIC.length + IV_BYTES + TAG_BYTES);
  try {
    const decipher = createDecipheriv('aes-256-gcm', dataKey, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(bytesAad(clientId, binding));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(sealed.subarray(MAGIC.length + IV_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    throw new PersonalDataIntegrityError(clientId, binding);
  }
}

function bytesAad(clientId: string, binding: string): Buffer {
  return lengthPrefixed([BYTES_ENCRYPTION_SCHEME, clientId, binding]);
}
