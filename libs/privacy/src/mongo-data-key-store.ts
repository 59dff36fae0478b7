import type { Connection } from 'mongoose';
import { DataKeyCache } from './data-key-cache';
import { DataKeyStore } from './data-key-store.port';
import { generateDataKey, unwrapDataKey, WrappedDataKey, wrapDataKey } from './key-wrapping';
import { MasterKey } from './master-key';
import { DataKeyDestroyedError } from './privacy.errors';

/**
 * One document per client, `_id` = clientId: either a wrapped key or a tombstone.
 * No transactions and no secondary index are needed (works on FerretDB): the unique `_id`
 * settles every race.
 */
interface DataKeyDocument {
  _id: string;
  kv?: number;
  iv?: string;
  tag?: string;
  ct?: string;
  createdAt?: Date;
  destroyedAt?: Date;
}

export interface MongoDataKeyStoreOptions {
  /** Collection name; default `data_keys`. */
  collection?: string;
  /**
   * How long an unwrapped key stays cached in this process. Another process's destroy() is
   * seen here at most this long after the key was cached. Default 30 s; 0 disables caching.
   */
  cacheTtlMs?: number;
  /** Default 10 000 clients. */
  cacheMaxEntries?: number;
  /** Older master keys, still able to unwrap keys they wrapped (rotation). */
  previousMasterKeys?: readonly MasterKey[];
}

const DUPLICATE_KEY = 11000;

/**
 * DataKeyStore on MongoDB / FerretDB.
 *
 * Physical erasure note: destroy() replaces the document, but a database may keep the old
 * bytes in free pages, its journal/WAL and backups until they are compacted or expire. The key
 * is wrapped by the master key, so those remnants are unreadable without it; backup retention
 * must still be shorter than the data's retention period.
 */
export class MongoDataKeyStore implements DataKeyStore {
  private readonly cache: DataKeyCache;
  private readonly masterKeys: readonly MasterKey[];
  private readonly collectionName: string;
  /** One creation per client at a time in this process; other processes are settled by `_id`. */
  private readonly creating = new Map<string, Promise<Buffer>>();

  constructor(
    private readonly connection: Connection,
    private readonly masterKey: MasterKey,
    options: MongoDataKeyStoreOptions = {},
  ) {
    this.collectionName = options.collection ?? 'data_keys';
    this.masterKeys = [masterKey, ...(options.previousMasterKeys ?? [])];
    this.cache = new DataKeyCache({ ttlMs: options.cacheTtlMs ?? 30_000, maxEntries: options.cacheMaxEntries ?? 10_000 });
  }

  async getOrCreate(clientId: string): Promise<Buffer> {
    const cached = this.cache.get(clientId);
    if (cached === 'destroyed') throw new DataKeyDestroyedError(clientId);
    if (cached) return cached;

    const pending = this.creating.get(clientId);
    if (pending) return Buffer.from(await pending);
    const creation = this.readOrCreate(clientId).finally(() => this.creating.delete(clientId));
    this.creating.set(clientId, creation);
    return Buffer.from(await creation);
  }

  async get(clientId: string): Promise<Buffer | 'destroyed' | undefined> {
    const cached = this.cache.get(clientId);
    if (cached) return cached;
    const document = await this.collection().findOne({ _id: clientId });
    return document ? this.remember(document) : undefined;
  }

  async destroy(clientId: string): Promise<void> {
    try {
      // Replacing (not updating) drops every wrapped-key field. The filter only matches a live
      // key or nothing; when a tombstone already exists the upsert collides on `_id` and the
      // first destroyedAt is kept.
      await this.collection().replaceOne(
        { _id: clientId, destroyedAt: { $exists: false } },
        { destroyedAt: new Date() },
        { upsert: true },
      );
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
    this.cache.setDestroyed(clientId);
  }

  async isDestroyed(clientId: string): Promise<boolean> {
    const cached = this.cache.get(clientId);
    if (cached) return cached === 'destroyed';
    const document = await this.collection().findOne({ _id: clientId }, { projection: { destroyedAt: 1 } });
    if (document?.destroyedAt) this.cache.setDestroyed(clientId);
    return Boolean(document?.destroyedAt);
  }

  /**
   * Insert first: a key that is not cached here is most often a new client's (an existing key
   * was cached when the client's events were decrypted), so one write instead of a read and a
   * write; when the key (or its tombstone) exists, the `_id` collision says so and it is read.
   */
  private async readOrCreate(clientId: string): Promise<Buffer> {
    const dataKey = generateDataKey();
    const wrapped = wrapDataKey(this.masterKey, clientId, dataKey);
    try {
      await this.collection().insertOne({ _id: clientId, ...wrapped, createdAt: new Date() });
      this.cache.setKey(clientId, dataKey);
      return dataKey;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
    // It exists (created earlier, by another process, or destroyed): that is the key, ours is wiped.
    dataKey.fill(0);
    const winner = await this.collection().findOne({ _id: clientId });
    if (!winner) throw new Error(`data key of client ${clientId} collided on insert but cannot be read back`);
    return this.keyOrThrow(clientId, winner);
  }

  private keyOrThrow(clientId: string, document: DataKeyDocument): Buffer {
    const key = this.remember(document);
    if (key === 'destroyed') throw new DataKeyDestroyedError(clientId);
    return key;
  }

  private remember(document: DataKeyDocument): Buffer | 'destroyed' {
    if (document.destroyedAt) {
      this.cache.setDestroyed(document._id);
      return 'destroyed';
    }
    const key = unwrapDataKey(this.masterKeys, document._id, document as WrappedDataKey);
    this.cache.setKey(document._id, key);
    return key;
  }

  private collection() {
    return this.connection.collection<DataKeyDocument>(this.collectionName);
  }
}

function isDuplicateKeyError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === DUPLICATE_KEY;
}
