import { ENCRYPTION_SCHEME, isEncryptedValue, type EncryptedValue } from '@career/privacy';
import { Schema, type Connection, type Model } from 'mongoose';

export const CLIENT_STATUSES = ['active', 'exited', 'destroyed'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];

/**
 * The `clients` read model: one row per client for lists and the retention job. No identity
 * code, date of birth or contact detail. The name is kept only as the ciphertexts copied from
 * ClientRegistered (encrypted with the client's own key, bound to the fields `firstName` and
 * `lastName`): lists decrypt it on read, so the row needs no key to be built, holds no
 * plaintext, and reads as erased as soon as the key is destroyed, in this row and in any row
 * rebuilt from the events later. PersonalDataDestroyed (all) also removes the ciphertexts.
 */
export interface ClientRow {
  _id: string;
  /** Revision of the client stream last applied (the projection's guard). */
  revision: number;
  organisation: string;
  projectCode: string;
  preferredLanguage: string;
  municipality: string;
  advisorId?: string;
  status: ClientStatus;
  processNumber: number;
  /** Entry date of the current (or last) process. */
  entryDate: string;
  firstEntryDate: string;
  registeredAt: string;
  lastExitDate?: string;
  lastExitReason?: string;
  destroyedAt?: string;
  encryptedName?: { firstName?: StoredCiphertext; lastName?: StoredCiphertext };
}

/**
 * An EncryptedValue as MongoDB keeps it: FerretDB refuses field names starting with `$`, so the
 * scheme tag `$enc` is stored as `scheme`. Same bytes, same meaning.
 */
export interface StoredCiphertext {
  scheme: string;
  iv: string;
  ct: string;
  tag: string;
}

export function toStoredCiphertext(value: unknown): StoredCiphertext | undefined {
  if (!isEncryptedValue(value)) return undefined;
  return { scheme: value.$enc, iv: value.iv, ct: value.ct, tag: value.tag };
}

export function fromStoredCiphertext(stored: StoredCiphertext | undefined): EncryptedValue | undefined {
  if (!stored || stored.scheme !== ENCRYPTION_SCHEME) return undefined;
  return { $enc: ENCRYPTION_SCHEME, iv: stored.iv, ct: stored.ct, tag: stored.tag };
}

export const clientRowSchema = new Schema<ClientRow>(
  {
    _id: { type: String, required: true },
    revision: Number,
    organisation: String,
    projectCode: String,
    preferredLanguage: String,
    municipality: String,
    advisorId: String,
    status: String,
    processNumber: Number,
    entryDate: String,
    firstEntryDate: String,
    registeredAt: String,
    lastExitDate: String,
    lastExitReason: String,
    destroyedAt: String,
    encryptedName: { firstName: Schema.Types.Mixed, lastName: Schema.Types.Mixed },
  },
  { collection: 'clients', versionKey: false },
);
clientRowSchema.index({ organisation: 1, advisorId: 1 });
clientRowSchema.index({ organisation: 1, status: 1 });
clientRowSchema.index({ status: 1, lastExitDate: 1 });

export const CLIENT_ROW_MODEL = 'CLIENT_ROW_MODEL';

export function clientRowModel(connection: Connection): Model<ClientRow> {
  return connection.model<ClientRow>('ClientRow', clientRowSchema);
}
