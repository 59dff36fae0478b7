/** Format tag of a field encrypted by this library; a new scheme gets a new tag, never a reuse. */
export const ENCRYPTION_SCHEME = 'aes-256-gcm/v1';

/**
 * An encrypted personal field as it sits inside an event payload: plain JSON, base64 strings,
 * no plaintext. It does not say which client or field it belongs to: that is supplied on
 * decryption and checked by the AAD.
 */
export interface EncryptedValue {
  $enc: typeof ENCRYPTION_SCHEME;
  iv: string;
  ct: string;
  tag: string;
}

/**
 * What a decrypted field becomes once its client's key was destroyed. A JSON object (not a
 * symbol or a bare string) so it survives serialisation and cannot be mistaken for a real
 * value such as a name that happens to read "[erased]". Compare with isErased(), not `===`.
 */
export interface Erased {
  readonly $erased: true;
}

export const ERASED: Erased = Object.freeze({ $erased: true });

export function isErased(value: unknown): value is Erased {
  return typeof value === 'object' && value !== null && (value as { $erased?: unknown }).$erased === true;
}

export function isEncryptedValue(value: unknown): value is EncryptedValue {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const candidate = value as Record<string, unknown>;
  return (
    candidate.$enc === ENCRYPTION_SCHEME &&
    typeof candidate.iv === 'string' &&
    typeof candidate.ct === 'string' &&
    typeof candidate.tag === 'string'
  );
}
