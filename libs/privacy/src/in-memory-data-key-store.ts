import { DataKeyStore } from './data-key-store.port';
import { generateDataKey } from './key-wrapping';
import { DataKeyDestroyedError } from './privacy.errors';

/**
 * DataKeyStore held in one process's memory: for unit tests of code that encrypts (deciders'
 * handlers, upcasters) and single-process tools. Keys vanish with the process, so never use it
 * for data that must outlive it.
 */
export class InMemoryDataKeyStore implements DataKeyStore {
  private readonly keys = new Map<string, Buffer | 'destroyed'>();

  async getOrCreate(clientId: string): Promise<Buffer> {
    let key = this.keys.get(clientId);
    if (key === 'destroyed') throw new DataKeyDestroyedError(clientId);
    if (!key) {
      key = generateDataKey();
      this.keys.set(clientId, key);
    }
    return Buffer.from(key);
  }

  async get(clientId: string): Promise<Buffer | 'destroyed' | undefined> {
    const key = this.keys.get(clientId);
    return key === undefined || key === 'destroyed' ? key : Buffer.from(key);
  }

  async destroy(clientId: string): Promise<void> {
    const key = this.keys.get(clientId);
    if (key && key !== 'destroyed') key.fill(0);
    this.keys.set(clientId, 'destroyed');
  }

  async isDestroyed(clientId: string): Promise<boolean> {
    return this.keys.get(clientId) === 'destroyed';
  }
}
