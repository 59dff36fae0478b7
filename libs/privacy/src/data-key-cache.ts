/**
 * In-process cache of unwrapped data keys, so decrypting a stream of events does not hit the
 * database and the master key for every field.
 *
 * The staleness window: a key destroyed by ANOTHER process stays usable here for at most
 * `ttlMs` after it was cached. A destroy in this process takes effect at once. 'destroyed' is
 * final (a tombstone never goes away), so it is cached without expiry.
 */
export interface DataKeyCacheOptions {
  ttlMs: number;
  maxEntries: number;
  /** Milliseconds clock; injectable for tests. */
  now?: () => number;
}

type Cached = Buffer | 'destroyed';

export class DataKeyCache {
  private readonly entries = new Map<string, { value: Cached; expiresAt: number }>();
  private readonly now: () => number;

  constructor(private readonly options: DataKeyCacheOptions) {
    if (!(options.ttlMs >= 0) || !(options.maxEntries >= 1)) throw new RangeError('ttlMs >= 0 and maxEntries >= 1');
    this.now = options.now ?? Date.now;
  }

  /** A copy of the cached key (callers may wipe theirs), 'destroyed', or undefined when absent/expired. */
  get(clientId: string): Cached | undefined {
    const entry = this.entries.get(clientId);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      if (entry.value !== 'destroyed') entry.value.fill(0);
      this.entries.delete(clientId);
      return undefined;
    }
    // Re-insert: Map keeps insertion order, so the first entry is the least recently used.
    this.entries.delete(clientId);
    this.entries.set(clientId, entry);
    return entry.value === 'destroyed' ? 'destroyed' : Buffer.from(entry.value);
  }

  /** Ignored when the client is already known destroyed: a late reader must not resurrect the key. */
  setKey(clientId: string, key: Buffer): void {
    if (this.options.ttlMs === 0 || this.entries.get(clientId)?.value === 'destroyed') return;
    this.put(clientId, Buffer.from(key), this.now() + this.options.ttlMs);
  }

  setDestroyed(clientId: string): void {
    this.put(clientId, 'destroyed', Number.POSITIVE_INFINITY);
  }

  private put(clientId: string, value: Cached, expiresAt: number): void {
    const previous = this.entries.get(clientId);
    if (previous && previous.value !== 'destroyed') previous.value.fill(0);
    this.entries.delete(clientId);
    this.entries.set(clientId, { value, expiresAt });
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      const evicted = this.entries.get(oldest);
      if (evicted && evicted.value !== 'destroyed') evicted.value.fill(0);
      this.entries.delete(oldest);
    }
  }
}
