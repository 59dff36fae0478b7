import { createHash } from 'node:crypto';
import { InternalServerErrorException, ServiceUnavailableException } from '@nestjs/common';
import mongoose, { type Connection } from 'mongoose';

/** GridFS bucket: collections `documents.files` and `documents.chunks` (FerretDB 1.24 serves them as plain collections). */
export const DOCUMENT_BUCKET = 'documents';
/** Uploads in progress: GridFS writes the chunks before the file document, so an interrupted upload leaves chunks nobody could find by client. */
const PENDING_UPLOADS = 'document_uploads';

export interface StoredFile {
  storageRef: string;
  sha256: string;
  size: number;
}

export interface StoredFileOwner {
  clientId: string;
  documentId: string;
}

// The errors are HTTP exceptions so a request that meets them gets the right problem+json
// (500 for a lost or damaged file, 503 while MongoDB is away) without mapping code in between.

/** The file is not (or no longer) in storage although a version records it: data loss, 500. */
export class StoredFileMissingError extends InternalServerErrorException {
  constructor(readonly storageRef: string) {
    super(`stored file ${storageRef} is missing`);
    this.name = 'StoredFileMissingError';
  }
}

/** The bytes read back are not the bytes that were stored: never serve them (500). */
export class StoredFileCorruptError extends InternalServerErrorException {
  constructor(readonly storageRef: string) {
    super(`stored file ${storageRef} does not match its SHA-256`);
    this.name = 'StoredFileCorruptError';
  }
}

/** MongoDB is not connected (yet): 503, try again later. */
export class StorageUnavailableError extends ServiceUnavailableException {
  constructor() {
    super('Document storage is unavailable; try again later.');
    this.name = 'StorageUnavailableError';
  }
}

export function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A fresh storage reference: chosen before the file is stored, so the version that records it can be decided first. */
export function newStorageRef(): string {
  return new mongoose.mongo.ObjectId().toHexString();
}

interface PendingUpload {
  _id: mongoose.mongo.ObjectId;
  clientId: string;
  startedAt: Date;
}

/**
 * The rendered files in this service's MongoDB (GridFS), each with its SHA-256. Reading
 * verifies the hash, so a download returns exactly the bytes that were generated or fails.
 * Files carry only ids in their metadata (client, document); the name is the storage ref.
 */
export class DocumentFileStore {
  constructor(private readonly connection: Connection) {}

  /** Stores the bytes under `storageRef` (a fresh one when not given). */
  async save(bytes: Buffer, owner: StoredFileOwner, storageRef: string = newStorageRef()): Promise<StoredFile> {
    const { bucket, db } = this.storage();
    const id = objectIdOf(storageRef);
    if (!id) throw new Error(`not a storage reference: ${storageRef}`);
    const sha256 = sha256Of(bytes);
    const pending = db.collection<PendingUpload>(PENDING_UPLOADS);
    await pending.insertOne({ _id: id, clientId: owner.clientId, startedAt: new Date() });
    await new Promise<void>((resolve, reject) => {
      const upload = bucket.openUploadStreamWithId(id, id.toHexString(), {
        metadata: { clientId: owner.clientId, documentId: owner.documentId, sha256 },
      });
      upload.once('finish', () => resolve());
      upload.once('error', reject);
      upload.end(bytes);
    });
    await pending.deleteOne({ _id: id });
    return { storageRef: id.toHexString(), sha256, size: bytes.length };
  }

  /** The stored bytes, checked against `expectedSha256` (the hash recorded in the event). */
  async read(storageRef: string, expectedSha256: string): Promise<Buffer> {
    const bytes = await this.readUnchecked(storageRef);
    if (sha256Of(bytes) !== expectedSha256) throw new StoredFileCorruptError(storageRef);
    return bytes;
  }

  /** The stored bytes as they are, for a caller that authenticates them itself (sealed files: the GCM tag). */
  async readUnchecked(storageRef: string): Promise<Buffer> {
    const { bucket } = this.storage();
    const id = objectIdOf(storageRef);
    if (!id) throw new StoredFileMissingError(storageRef);
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of bucket.openDownloadStream(id)) chunks.push(chunk as Buffer);
    } catch (error) {
      if (isFileNotFound(error)) throw new StoredFileMissingError(storageRef);
      // A missing or wrong-sized chunk: the file is damaged.
      if (error instanceof Error && error.name === 'MongoGridFSStreamError') throw new StoredFileCorruptError(storageRef);
      throw error;
    }
    return Buffer.concat(chunks);
  }

  async exists(storageRef: string): Promise<boolean> {
    const id = objectIdOf(storageRef);
    if (!id) return false;
    return (await this.storage().bucket.find({ _id: id }).limit(1).toArray()).length > 0;
  }

  /** Deletes one file (e.g. stored for a generation that was then not recorded); a missing file is fine. */
  async delete(storageRef: string): Promise<void> {
    const id = objectIdOf(storageRef);
    if (id) await this.deleteById(id);
  }

  /**
   * Deletes every file of the client, interrupted uploads included; returns how many files
   * went. Safe to repeat (PersonalDataDestroyed may be delivered more than once).
   */
  async deleteAllOf(clientId: string): Promise<number> {
    const { bucket, db } = this.storage();
    const files = await bucket.find({ 'metadata.clientId': clientId }).project<{ _id: mongoose.mongo.ObjectId }>({ _id: 1 }).toArray();
    const pending = await db.collection<PendingUpload>(PENDING_UPLOADS).find({ clientId }).project<{ _id: mongoose.mongo.ObjectId }>({ _id: 1 }).toArray();
    for (const { _id } of [...files, ...pending]) await this.deleteById(_id);
    return files.length;
  }

  private async deleteById(id: mongoose.mongo.ObjectId): Promise<void> {
    const { bucket, db } = this.storage();
    try {
      await bucket.delete(id);
    } catch (error) {
      if (!isFileNotFound(error)) throw error;
    }
    // bucket.delete removes the file document first: chunks of an interrupted upload or delete remain without it.
    await db.collection(`${DOCUMENT_BUCKET}.chunks`).deleteMany({ files_id: id });
    await db.collection<PendingUpload>(PENDING_UPLOADS).deleteOne({ _id: id });
  }

  private storage(): { bucket: mongoose.mongo.GridFSBucket; db: mongoose.mongo.Db } {
    const db = this.connection.db;
    if (this.connection.readyState !== mongoose.ConnectionStates.connected || !db) throw new StorageUnavailableError();
    return { db, bucket: new mongoose.mongo.GridFSBucket(db, { bucketName: DOCUMENT_BUCKET }) };
  }
}

function objectIdOf(storageRef: string): mongoose.mongo.ObjectId | undefined {
  return /^[0-9a-f]{24}$/.test(storageRef) ? new mongoose.mongo.ObjectId(storageRef) : undefined;
}

function isFileNotFound(error: unknown): boolean {
  return error instanceof Error && /FileNotFound|File (with id \S+ )?not found/i.test(error.message);
}
