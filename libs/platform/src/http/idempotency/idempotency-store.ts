import { createHash } from 'node:crypto';
import type { Collection, Connection } from 'mongoose';
import { isDuplicateKeyError } from '../../mongo/mongo-errors';

/** What a completed request answered, replayed as is for a retry with the same key. */
export interface StoredResponse {
  status: number;
  /** Lower-case header names (`location`, `etag`) and their values. */
  headers: Record<string, string>;
  body: unknown;
}

export type BeginOutcome =
  /** The key is new (or its earlier use expired/was abandoned): run the request, then complete() or abandon(). */
  | { kind: 'started' }
  /** The same request already completed: answer its stored response. */
  | { kind: 'replay'; response: StoredResponse }
  /** The key was used for a different request (other body, path or method). */
  | { kind: 'mismatch' }
  /** The same request is still running (or crashed less than `inProgressTimeoutMs` ago). */
  | { kind: 'in-progress' };

export interface IdempotencyStoreOptions {
  /** Collection name; default `idempotency_keys`. */
  collection?: string;
  /** How long a completed response is replayed; default 24 h. */
  ttlMs?: number;
  /**
   * After this long an unfinished request counts as abandoned (its process died between
   * begin and complete/abandon) and the key may run again. Default 60 s: far above any
   * request's duration, short enough for a client's retry policy.
   */
  inProgressTimeoutMs?: number;
}

interface IdempotencyDocument {
  _id: string;
  /** Who used the key (the actor scope), kept for operators; never personal data of clients. */
  scope: string;
  fingerprint: string;
  state: 'in-progress' | 'done';
  startedAt: Date;
  expiresAt: Date;
  response?: StoredResponse;
}

export const DEFAULT_IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_IN_PROGRESS_TIMEOUT_MS = 60_000;
/** Expired records are swept at most this often per process (FerretDB 1.x has no TTL indexes). */
const SWEEP_INTERVAL_MS = 10 * 60 * 1000;

/**
 * Idempotency keys in MongoDB, one document per (actor scope, key). Race-safe on FerretDB too:
 * the only contended write is an insert on a unique `_id`, which exactly one caller wins; the
 * takeover of an expired or abandoned record is a conditional delete followed by that insert.
 */
export class MongoIdempotencyStore {
  private readonly collection: Collection<IdempotencyDocument>;
  private readonly ttlMs: number;
  private readonly inProgressTimeoutMs: number;
  private lastSweep = 0;

  constructor(connection: Connection, options: IdempotencyStoreOptions = {}) {
    this.collection = connection.collection<IdempotencyDocument>(options.collection ?? 'idempotency_keys');
    this.ttlMs = options.ttlMs ?? DEFAULT_IDEMPOTENCY_TTL_MS;
    this.inProgressTimeoutMs = options.inProgressTimeoutMs ?? DEFAULT_IN_PROGRESS_TIMEOUT_MS;
  }

  async begin(scope: string, key: string, fingerprint: string, now: Date): Promise<BeginOutcome> {
    this.sweepExpired(now);
    const _id = recordId(scope, key);
    // Three rounds are enough: each failed round means another caller changed the record, and
    // a takeover is only ever needed once.
    for (let round = 0; round < 3; round++) {
      try {
        await this.collection.insertOne({
          _id,
          scope,
          fingerprint,
          state: 'in-progress',
          startedAt: now,
          expiresAt: new Date(now.getTime() + this.ttlMs),
        });
        return { kind: 'started' };
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
      const existing = await this.collection.findOne({ _id });
      if (!existing) continue; // removed meanwhile: insert again
      if (this.isStale(existing, now)) {
        await this.collection.deleteOne({ _id, state: existing.state, startedAt: existing.startedAt });
        continue;
      }
      if (existing.fingerprint !== fingerprint) return { kind: 'mismatch' };
      if (existing.state === 'done' && existing.response) return { kind: 'replay', response: existing.response };
      return { kind: 'in-progress' };
    }
    return { kind: 'in-progress' };
  }

  async complete(scope: string, key: string, response: StoredResponse): Promise<void> {
    await this.collection.updateOne({ _id: recordId(scope, key), state: 'in-progress' }, { $set: { state: 'done', response } });
  }

  /** The request failed: forget the key so that a retry runs it again. */
  async abandon(scope: string, key: string): Promise<void> {
    await this.collection.deleteOne({ _id: recordId(scope, key), state: 'in-progress' });
  }

  private isStale(record: IdempotencyDocument, now: Date): boolean {
    if (record.expiresAt.getTime() <= now.getTime()) return true;
    return record.state === 'in-progress' && now.getTime() - record.startedAt.getTime() > this.inProgressTimeoutMs;
  }

  private sweepExpired(now: Date): void {
    if (now.getTime() - this.lastSweep < SWEEP_INTERVAL_MS) return;
    this.lastSweep = now.getTime();
    // Best effort and off the request's path: an unswept record is also ignored once expired.
    void this.collection.deleteMany({ expiresAt: { $lt: now } }).catch(() => undefined);
  }
}

/** Bounded, opaque ids: the key is chosen by the caller and may be long. */
function recordId(scope: string, key: string): string {
  return createHash('sha256').update(`${scope.length}:${scope}`).update(`${key.length}:${key}`).digest('hex');
}
