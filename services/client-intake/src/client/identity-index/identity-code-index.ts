import { documentKey, isDuplicateKeyError, withDocumentLock } from '@career/platform';
import type { Collection, Connection } from 'mongoose';
import { refuse } from '../../client-intake.errors';
import type { ClientState } from '../domain/client-state';

/** Where a client stands, as far as duplicate detection cares. */
export type ClientStanding = 'absent' | 'active' | 'exited' | 'destroyed';

/** The standing of a client's folded state (undefined: no stream). */
export function standingOf(state: ClientState | undefined): ClientStanding {
  switch (state?.status) {
    case undefined:
    case 'Empty':
      return 'absent';
    case 'Active':
      return 'active';
    case 'Exited':
      return 'exited';
    case 'Destroyed':
      return 'destroyed';
  }
}

/**
 * One entry per (organisation, personal identity code), keyed by a keyed hash (HMAC) of the
 * two: the code itself is never stored or indexed here. `clientId` is the client holding the
 * code; `state` is 'pending' from the claim until that client's registration is in the event
 * store, then 'registered'.
 *
 * The entry is only a pointer: whether its client still holds the code is always read from the
 * client's stream (the event store is the truth), so a crash between any two steps can never
 * block a person for good:
 * - active holder: the code is taken (409 pointing to the holder);
 * - exited holder: a new registration is refused (409 CLIENT.REENTRY_REQUIRED pointing to the
 *   holder): the person comes back through re-entry, so the Structural Fund counts them once
 *   with their first entry's data (docs/domain.md#structural-fund-reporting); the holder's own
 *   re-entry claims it again;
 * - destroyed holder: the code is free again and is taken over (nothing links to the person);
 * - no stream yet: a registration in flight (409) or, after `graceMs`, one that crashed
 *   between claim and append: taken over.
 */
interface IdentityCodeEntry {
  _id: string;
  clientId: string;
  state: 'pending' | 'registered';
  claimedAt: Date;
}

export interface IdentityCodeIndexOptions {
  /** Reads a client's standing from the event store. */
  standingOf: (clientId: string) => Promise<ClientStanding>;
  graceMs: number;
  collection?: string;
}

const MAX_ROUNDS = 5;

export class IdentityCodeIndex {
  private readonly entries: Collection<IdentityCodeEntry>;
  private indexesEnsured: Promise<unknown> | undefined;

  constructor(
    connection: Connection,
    private readonly options: IdentityCodeIndexOptions,
  ) {
    this.entries = connection.collection<IdentityCodeEntry>(options.collection ?? 'identity_code_index');
  }

  /**
   * Claims the code for `clientId` before its registration (state 'pending') or re-entry
   * (state 'registered': that client's stream already exists). Throws CLIENT.DUPLICATE_IDENTITY_CODE
   * with `existingClientId` when an active client (or a registration in flight) holds it.
   *
   * Writes are serialised per entry in this process; across processes the insert on the
   * unique `_id` decides (FerretDB 1.x does not isolate updates, see libs/projections README).
   */
  async claim(hash: string, clientId: string, state: IdentityCodeEntry['state'], now: Date): Promise<void> {
    await this.ensureIndexes();
    await withDocumentLock(this.lockKey(hash), async () => {
      for (let round = 0; round < MAX_ROUNDS; round++) {
        try {
          await this.entries.insertOne({ _id: hash, clientId, state, claimedAt: now });
          return;
        } catch (error) {
          if (!isDuplicateKeyError(error)) throw error;
        }
        const existing = await this.entries.findOne({ _id: hash });
        if (!existing) continue;
        if (existing.clientId === clientId) {
          if (existing.state !== state && state === 'registered') await this.confirmEntry(hash, clientId);
          return;
        }
        const standing = await this.options.standingOf(existing.clientId);
        if (standing === 'active') {
          // Its registration made it into the store, whatever the entry says (a crash after the
          // append left it 'pending'): repair the entry on the way.
          if (existing.state === 'pending') await this.confirmEntry(hash, existing.clientId);
          throw refuse('CLIENT.DUPLICATE_IDENTITY_CODE', { existingClientId: existing.clientId });
        }
        if (standing === 'exited' && state === 'pending') throw refuse('CLIENT.REENTRY_REQUIRED', { existingClientId: existing.clientId });
        const inFlight = standing === 'absent' && now.getTime() - existing.claimedAt.getTime() < this.options.graceMs;
        if (inFlight) throw refuse('CLIENT.DUPLICATE_IDENTITY_CODE', { existingClientId: existing.clientId });
        // Destroyed, exited (claimed by another re-entering client), or a claim whose registration never arrived: the code is free.
        await this.entries.deleteOne({ _id: hash, clientId: existing.clientId });
      }
      throw refuse('CLIENT.CONCURRENT_REGISTRATION');
    });
  }

  /** The registration is in the event store: the entry stops being a claim. */
  async confirm(hash: string, clientId: string): Promise<void> {
    await withDocumentLock(this.lockKey(hash), () => this.confirmEntry(hash, clientId));
  }

  /**
   * The registration was refused or failed before its events were stored: drop our claim so
   * the code is not held up for `graceMs`. Only our own pending claim is removed.
   */
  async release(hash: string, clientId: string): Promise<void> {
    await withDocumentLock(this.lockKey(hash), async () => {
      await this.entries.deleteOne({ _id: hash, clientId, state: 'pending' });
    });
  }

  /**
   * The client's personal data was destroyed: the keyed hash is pseudonymous personal data of
   * theirs, so no trace of the code may remain linked to them.
   */
  async removeClient(clientId: string): Promise<void> {
    await this.ensureIndexes();
    await this.entries.deleteMany({ clientId });
  }

  /** The client registered under this code, or undefined (none, or a registration still in flight). */
  async registeredHolderOf(hash: string): Promise<string | undefined> {
    const entry = await this.entries.findOne({ _id: hash });
    return entry?.state === 'registered' ? entry.clientId : undefined;
  }

  /** Whether any entry still points to this client (for the data export). */
  async holds(clientId: string): Promise<boolean> {
    return (await this.entries.countDocuments({ clientId }, { limit: 1 })) > 0;
  }

  private async confirmEntry(hash: string, clientId: string): Promise<void> {
    await this.entries.updateOne({ _id: hash, clientId }, { $set: { state: 'registered' } });
  }

  private ensureIndexes(): Promise<unknown> {
    this.indexesEnsured ??= this.entries.createIndex({ clientId: 1 }).catch((error: unknown) => {
      this.indexesEnsured = undefined;
      throw error;
    });
    return this.indexesEnsured;
  }

  private lockKey(hash: string): string {
    return documentKey(this.entries.dbName, this.entries.collectionName, hash);
  }
}
