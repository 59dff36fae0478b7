import { DataKeyStore } from './data-key-store.port';
import { EncryptedValue, ERASED, Erased, isEncryptedValue } from './encrypted-value';
import { openBytesWithKey, sealBytesWithKey } from './byte-encryption';
import { decryptWithKey, encryptWithKey } from './field-encryption';
import { readPath, splitPath, writePath } from './field-paths';
import { DataKeyNotFoundError } from './privacy.errors';

/**
 * Encrypts personal fields of event payloads with the client's own data key, and decrypts them
 * back, or to ERASED once the key has been destroyed (docs/domain.md#personal-data, crypto-shredding).
 *
 * The field path is part of the AAD: encrypt and decrypt a field under the same path.
 * encryptFields/decryptFields do that for you, using the dotted path as given.
 */
export class PersonalDataCipher {
  constructor(private readonly keys: DataKeyStore) {}

  /** Rejects with DataKeyDestroyedError when the client's key was destroyed. */
  async encrypt(clientId: string, value: unknown, fieldPath = ''): Promise<EncryptedValue> {
    return encryptWithKey(await this.keys.getOrCreate(clientId), clientId, fieldPath, value);
  }

  /**
   * The original value, or ERASED when the client's key was destroyed. Rejects with
   * PersonalDataIntegrityError on tampering or a client/field mismatch, and with
   * DataKeyNotFoundError when there is neither key nor tombstone (wrong database).
   */
  async decrypt(clientId: string, value: EncryptedValue, fieldPath = ''): Promise<unknown | Erased> {
    if (!isEncryptedValue(value)) throw new TypeError(`value at "${fieldPath}" is not an encrypted value`);
    const key = await this.keyForReading(clientId);
    return key === 'destroyed' ? { ...ERASED } : decryptWithKey(key, clientId, fieldPath, value);
  }

  /**
   * A copy of `obj` with each named field that is present (not undefined) replaced by its
   * EncryptedValue; other fields, absent paths and already encrypted fields are left as they are.
   * The key is created on the first field that needs one.
   */
  async encryptFields(clientId: string, obj: object, paths: readonly string[]): Promise<Record<string, unknown>> {
    paths.forEach(splitPath);
    const copy = structuredClone(obj) as Record<string, unknown>;
    const targets = paths
      .map((path) => ({ path, ...readPath(copy, path) }))
      .filter((field) => field.present && !isEncryptedValue(field.value));
    if (targets.length === 0) return copy;
    const key = await this.keys.getOrCreate(clientId);
    for (const { path, value } of targets) writePath(copy, path, encryptWithKey(key, clientId, path, value));
    return copy;
  }

  /**
   * A copy of `obj` with each named field that holds an EncryptedValue decrypted (or set to
   * ERASED); fields that are absent or were never encrypted are left as they are.
   */
  async decryptFields(clientId: string, obj: object, paths: readonly string[]): Promise<Record<string, unknown>> {
    paths.forEach(splitPath);
    const copy = structuredClone(obj) as Record<string, unknown>;
    const targets = paths
      .map((path) => ({ path, ...readPath(copy, path) }))
      .filter((field): field is { path: string; present: true; value: EncryptedValue } => isEncryptedValue(field.value));
    if (targets.length === 0) return copy;
    const key = await this.keyForReading(clientId);
    for (const { path, value } of targets) {
      writePath(copy, path, key === 'destroyed' ? { ...ERASED } : decryptWithKey(key, clientId, path, value));
    }
    return copy;
  }

  /**
   * A file's bytes encrypted with the client's key, bound to the client and to `binding` (what
   * the file is: e.g. `document:<id>:file:<storage ref>`). Rejects with DataKeyDestroyedError
   * when the client's key was destroyed.
   */
  async encryptBytes(clientId: string, bytes: Buffer, binding: string): Promise<Buffer> {
    return sealBytesWithKey(await this.keys.getOrCreate(clientId), clientId, binding, bytes);
  }

  /**
   * The original bytes, or ERASED once the client's key was destroyed (crypto-shredding makes
   * every copy unreadable, backups included). Rejects with PersonalDataIntegrityError on
   * tampering or a client/binding mismatch, and with DataKeyNotFoundError as decrypt does.
   */
  async decryptBytes(clientId: string, sealed: Buffer, binding: string): Promise<Buffer | Erased> {
    const key = await this.keyForReading(clientId);
    return key === 'destroyed' ? { ...ERASED } : openBytesWithKey(key, clientId, binding, sealed);
  }

  private async keyForReading(clientId: string): Promise<Buffer | 'destroyed'> {
    const key = await this.keys.get(clientId);
    if (key === undefined) throw new DataKeyNotFoundError(clientId);
    return key;
  }
}
