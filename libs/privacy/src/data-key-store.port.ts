/**
 * Where each client's data key lives (docs/domain.md#personal-data). One key per client per service; destroying
 * it is the erasure of everything encrypted with it (crypto-shredding).
 */
export interface DataKeyStore {
  /**
   * The client's 32-byte data key, created (and stored wrapped) on first use. Concurrent first
   * calls, in this or other processes, all get the same key. Rejects with DataKeyDestroyedError
   * once the key has been destroyed: nothing new is ever encrypted for an erased client.
   */
  getOrCreate(clientId: string): Promise<Buffer>;
  /** The key, `'destroyed'` after destroy(), `undefined` when the client never had one. */
  get(clientId: string): Promise<Buffer | 'destroyed' | undefined>;
  /**
   * Deletes the key and leaves a tombstone `{ _id, destroyedAt }`, so later reads answer
   * 'destroyed' rather than 'unknown'. Idempotent; also works for a client that had no key yet.
   */
  destroy(clientId: string): Promise<void>;
  isDestroyed(clientId: string): Promise<boolean>;
}
