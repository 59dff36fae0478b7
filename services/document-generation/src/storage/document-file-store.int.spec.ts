import { randomBytes, randomUUID } from 'node:crypto';
import { openTestDatabase } from '@career/testing';
import mongoose, { type Connection } from 'mongoose';
import { DOCUMENT_BUCKET, DocumentFileStore, sha256Of, StoredFileCorruptError, StoredFileMissingError } from './document-file-store';

// Integration: the real MongoDB-compatible server (FerretDB locally), GridFS collections included.

describe('DocumentFileStore (GridFS)', () => {
  let connection: Connection;
  let store: DocumentFileStore;
  const clientId = randomUUID();
  const owner = { clientId, documentId: randomUUID() };

  beforeAll(async () => {
    connection = await openTestDatabase('dg_files');
    store = new DocumentFileStore(connection);
  });
  afterAll(async () => {
    await connection?.dropDatabase();
    await connection?.close();
  });

  it('returns exactly the bytes it stored, with their SHA-256 and size', async () => {
    // Over one GridFS chunk (255 KiB), and every byte value, so chunking and binary safety both count.
    const bytes = Buffer.concat([Buffer.from(Array.from({ length: 256 }, (_, i) => i)), randomBytes(600_000)]);
    const stored = await store.save(bytes, owner);
    expect(stored).toEqual({ storageRef: expect.stringMatching(/^[0-9a-f]{24}$/), sha256: sha256Of(bytes), size: bytes.length });
    const back = await store.read(stored.storageRef, stored.sha256);
    expect(back.equals(bytes)).toBe(true);
    expect(await store.exists(stored.storageRef)).toBe(true);
  });

  it('stores a small file in one piece', async () => {
    const bytes = Buffer.from('%PDF-1.7 äöå', 'utf8');
    const stored = await store.save(bytes, owner);
    expect((await store.read(stored.storageRef, stored.sha256)).toString('utf8')).toBe('%PDF-1.7 äöå');
  });

  it('refuses to return bytes that do not match the recorded hash', async () => {
    const stored = await store.save(Buffer.from('original bytes'), owner);
    await expect(store.read(stored.storageRef, sha256Of(Buffer.from('other bytes')))).rejects.toBeInstanceOf(StoredFileCorruptError);
    // Tampering in storage is caught the same way.
    const id = new mongoose.mongo.ObjectId(stored.storageRef);
    await connection.db!.collection(`${DOCUMENT_BUCKET}.chunks`).updateOne({ files_id: id, n: 0 }, { $set: { data: new mongoose.mongo.Binary(Buffer.from('tampered bytes')) } });
    await expect(store.read(stored.storageRef, stored.sha256)).rejects.toBeInstanceOf(StoredFileCorruptError);
  });

  it('reports a missing file as missing', async () => {
    await expect(store.read(new mongoose.mongo.ObjectId().toHexString(), 'a'.repeat(64))).rejects.toBeInstanceOf(StoredFileMissingError);
    await expect(store.read('not-a-ref', 'a'.repeat(64))).rejects.toBeInstanceOf(StoredFileMissingError);
  });

  it('deletes one file, and a second delete is fine', async () => {
    const stored = await store.save(Buffer.from('to be deleted'), owner);
    await store.delete(stored.storageRef);
    await store.delete(stored.storageRef);
    expect(await store.exists(stored.storageRef)).toBe(false);
    await expect(store.read(stored.storageRef, stored.sha256)).rejects.toBeInstanceOf(StoredFileMissingError);
  });

  it("deletes all of a client's files, chunks and interrupted uploads, and no one else's", async () => {
    const other = { clientId: randomUUID(), documentId: randomUUID() };
    const kept = await store.save(Buffer.from('another client'), other);
    const mine = [await store.save(randomBytes(300_000), owner), await store.save(Buffer.from('second'), owner)];
    // An upload interrupted after its chunks were written, before GridFS wrote the file document.
    const interrupted = new mongoose.mongo.ObjectId();
    await connection.db!.collection('document_uploads').insertOne({ _id: interrupted, clientId, startedAt: new Date() });
    await connection.db!.collection(`${DOCUMENT_BUCKET}.chunks`).insertOne({ files_id: interrupted, n: 0, data: new mongoose.mongo.Binary(Buffer.from('partial')) });

    expect(await store.deleteAllOf(clientId)).toBeGreaterThanOrEqual(2);
    for (const file of mine) expect(await store.exists(file.storageRef)).toBe(false);
    const db = connection.db!;
    expect(await db.collection(`${DOCUMENT_BUCKET}.files`).countDocuments({ 'metadata.clientId': clientId })).toBe(0);
    expect(await db.collection(`${DOCUMENT_BUCKET}.chunks`).countDocuments({ files_id: { $in: [...mine.map((f) => new mongoose.mongo.ObjectId(f.storageRef)), interrupted] } })).toBe(0);
    expect(await db.collection('document_uploads').countDocuments({ clientId })).toBe(0);
    expect((await store.read(kept.storageRef, kept.sha256)).toString()).toBe('another client');
    expect(await store.deleteAllOf(clientId)).toBe(0);
  });
});
