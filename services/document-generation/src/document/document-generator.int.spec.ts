import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EventOfType } from '@career/contracts';
import { CommandSide, type CommandSideContext, type CommandSideOf } from '@career/event-sourcing';
import { SqliteEventStore } from '@career/event-store';
import { isErased, isSealedBytes, MongoDataKeyStore, PersonalDataCipher } from '@career/privacy';
import { openTestDatabase } from '@career/testing';
import mongoose, { type Connection } from 'mongoose';
import pino from 'pino';
import type { DocumentLanguage } from '../content/domain';
import { ClientIntakeConsumer } from '../integration/client-intake.consumer';
import type { ClientContact } from '../internal-api-clients/client-contact';
import type { DocumentInputsReader } from '../internal-api-clients/document-inputs.reader';
import type { SkillsProfileAnswer } from '../internal-api-clients/skills-profile';
import { DOCUMENT_BUCKET, DocumentFileStore } from '../storage/document-file-store';
import { fileBindingOf, FILE_DESTROYED, SealedDocumentFiles } from '../storage/sealed-document-files';
import { flatText, inspectPdf } from '../test-support/pdf-inspection';
import { SAMPLE_CONTACT, sampleCvInput } from '../test-support/sample-client';
import { DocumentGenerator, type GenerateDocumentRequest } from './document-generator';
import { documentAggregate } from './domain/document.aggregate';
import { documentIdOf } from './domain/document-id';

jest.setTimeout(60_000);

// Integration: generation and destruction through the bound command side on a real SQLite
// store, the files in GridFS on the real MongoDB-compatible server. The two owners' internal
// APIs stand in as fixed answers (their HTTP client has its own test): what is checked here is
// that a recorded version always has its bytes and that no unrecorded file stays behind.
describe('document generation and destruction', () => {
  let dir: string;
  let store: SqliteEventStore;
  let connection: Connection;
  let files: SealedDocumentFiles;
  let cipher: PersonalDataCipher;
  let documents: CommandSideOf<typeof documentAggregate>;
  let generator: DocumentGenerator;
  let consumer: ClientIntakeConsumer;
  const profileRevision = new Map<string, number>();

  const inputs = {
    async contactOf({ clientId }: { clientId: string }): Promise<ClientContact> {
      return { clientId, contact: SAMPLE_CONTACT, preferredLanguage: 'fi', revision: 0 };
    },
    async skillsProfileOf({ clientId }: { clientId: string }): Promise<SkillsProfileAnswer> {
      return { profile: sampleCvInput('fi').profile, revision: profileRevision.get(clientId) ?? 4 };
    },
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'dg-generation-'));
    store = new SqliteEventStore({ path: path.join(dir, 'events.sqlite') });
    connection = await openTestDatabase('dg_generation');
    const keys = new MongoDataKeyStore(connection, { version: 1, key: randomBytes(32) }, { cacheTtlMs: 0 });
    cipher = new PersonalDataCipher(keys);
    files = new SealedDocumentFiles(new DocumentFileStore(connection), cipher, keys);
    documents = new CommandSide(documentAggregate, store);
    // `inputs` stands in for the HTTP client of the owners' internal APIs.
    generator = new DocumentGenerator(documents, inputs as unknown as DocumentInputsReader, files);
    consumer = new ClientIntakeConsumer(documents, files, connection, pino({ level: 'silent' }));
  });
  afterAll(async () => {
    await store?.close();
    await connection?.dropDatabase();
    await connection?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const context = (organisation = 'ORG-1'): CommandSideContext => ({
    actor: { id: 'advisor-1', role: 'advisor' },
    organisation,
    correlationId: randomUUID(),
    causationId: randomUUID(),
    now: new Date('2026-11-28T10:15:00Z'),
  });
  const cv = (clientId: string, language?: DocumentLanguage): GenerateDocumentRequest => ({ clientId, kind: 'skills-cv', format: 'pdf', ...(language ? { language } : {}) });
  const generate = (request: GenerateDocumentRequest, organisation = 'ORG-1') => generator.generate(request, context(organisation), { organisation });
  const filesOf = (clientId: string) => connection.db!.collection(`${DOCUMENT_BUCKET}.files`).countDocuments({ 'metadata.clientId': clientId });
  const destroyed = (clientId: string, scope: 'all' | 'voluntary' = 'all'): EventOfType<'client-intake', 'PersonalDataDestroyed'> => ({
    id: randomUUID(),
    type: 'PersonalDataDestroyed',
    version: 1,
    source: '/career/client-intake',
    subject: clientId,
    time: '2031-01-01T00:00:00.000Z',
    organisation: 'ORG-1',
    data: { clientId, organisation: 'ORG-1', scope, reason: 'retention-ended', destroyedAt: '2031-01-01T00:00:00.000Z' },
  });
  const origin = { topic: 'career.client-intake.events.v1', partition: 0, offset: '0' };

  it('records the first generation as version 1 with its stored bytes, and an identical request returns it without a new file', async () => {
    const clientId = randomUUID();
    const first = await generate(cv(clientId));
    expect(first).toMatchObject({ created: true, version: { version: 1, format: 'pdf', documentDate: '2026-11-28', provenance: { skillsProfileRevision: 4, intakeRevision: 0 } } });
    expect(first.document).toMatchObject({ documentId: documentIdOf(clientId, 'skills-cv', 'fi'), clientId, language: 'fi', status: 'Active' });
    const bytes = (await files.read(first.version.storageRef, { clientId, documentId: first.document.documentId }, first.version.sha256)) as Buffer;
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBe(first.version.size);

    const [event] = await store.readStream(documentAggregate.streamIdOf(first.document.documentId));
    expect(event.metadata).toMatchObject({ clientId, organisation: 'ORG-1', actor: { id: 'advisor-1', role: 'advisor' }, schemaVersion: 1 });

    const again = await generate(cv(clientId));
    expect(again).toMatchObject({ created: false, version: { version: 1, storageRef: first.version.storageRef } });
    expect(await filesOf(clientId)).toBe(1);

    profileRevision.set(clientId, 5);
    const second = await generate(cv(clientId));
    expect(second).toMatchObject({ created: true, version: { version: 2, provenance: { skillsProfileRevision: 5 } } });
    expect(await filesOf(clientId)).toBe(2);
  });

  it('records one version and keeps one file when identical requests race', async () => {
    const clientId = randomUUID();
    const results = await Promise.all(Array.from({ length: 4 }, () => generate(cv(clientId))));
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(new Set(results.map((result) => result.version.storageRef)).size).toBe(1);
    expect(await store.readStream(documentAggregate.streamIdOf(documentIdOf(clientId, 'skills-cv', 'fi')))).toHaveLength(1);
    expect(await filesOf(clientId)).toBe(1);
  });

  it("answers another organisation's document like a missing one and keeps no file of the attempt", async () => {
    const clientId = randomUUID();
    await generate(cv(clientId));
    await expect(generate(cv(clientId), 'ORG-2')).rejects.toMatchObject({ code: 'DOCUMENT.NOT_FOUND', kind: 'not-found' });
    expect(await documents.standing(documentIdOf(clientId, 'skills-cv', 'fi'), { organisation: 'ORG-2' })).toBeUndefined();
    expect(await filesOf(clientId)).toBe(1);
  });

  it("destroys the client's documents and files on PersonalDataDestroyed (scope all), once, and refuses new versions after it", async () => {
    const clientId = randomUUID();
    await generate(cv(clientId, 'fi'));
    await generate(cv(clientId, 'en'));
    expect(await filesOf(clientId)).toBe(2);

    await consumer.handlers.PersonalDataDestroyed!(destroyed(clientId, 'voluntary'), origin);
    expect(await filesOf(clientId)).toBe(2);

    const event = destroyed(clientId);
    await consumer.handlers.PersonalDataDestroyed!(event, origin);
    await consumer.handlers.PersonalDataDestroyed!(event, origin); // redelivered: changes nothing
    expect(await filesOf(clientId)).toBe(0);
    const fi = await store.readStream(documentAggregate.streamIdOf(documentIdOf(clientId, 'skills-cv', 'fi')));
    expect(fi.map((e) => e.type)).toEqual(['DocumentGenerated', 'DocumentsDestroyed']);
    expect(fi[1].metadata).toMatchObject({ actor: { id: 'document-generation', role: 'system' }, correlationId: event.id, causationId: event.id, clientId, organisation: 'ORG-1' });
    // Documents never generated get no stream.
    expect(await store.readStream(documentAggregate.streamIdOf(documentIdOf(clientId, 'job-application', 'fi')))).toEqual([]);

    await expect(generate(cv(clientId, 'fi'))).rejects.toMatchObject({ code: 'DOCUMENT.DESTROYED' });
    expect(await filesOf(clientId)).toBe(0);
  });

  /** The bytes GridFS holds for a file, straight from its chunks (what a backup of the database keeps). */
  const storedBytes = async (storageRef: string) => {
    const chunks = await connection.db!.collection(`${DOCUMENT_BUCKET}.chunks`).find({ files_id: new mongoose.mongo.ObjectId(storageRef) }).sort({ n: 1 }).toArray();
    return Buffer.concat(chunks.map((chunk) => Buffer.from((chunk.data as { buffer: Uint8Array }).buffer)));
  };

  it("stores the file encrypted with the client's key: GridFS holds none of the name, email, phone or any stretch of the document", async () => {
    const clientId = randomUUID();
    const { version, document } = await generate(cv(clientId));
    const plain = (await files.read(version.storageRef, { clientId, documentId: document.documentId }, version.sha256)) as Buffer;
    const text = flatText(await inspectPdf(plain));
    for (const personal of ['Mikko', 'Häkkinen', 'mikko.hakkinen@example.fi', '040 123 4567']) expect(text).toContain(personal);

    const stored = await storedBytes(version.storageRef);
    expect(isSealedBytes(stored)).toBe(true);
    expect(stored.length).toBeGreaterThan(plain.length);
    for (const personal of ['%PDF', 'Mikko', 'Häkkinen', 'mikko.hakkinen@example.fi', '040 123 4567']) {
      for (const encoding of ['utf8', 'utf16le', 'latin1'] as const) expect(stored.includes(Buffer.from(personal, encoding))).toBe(false);
    }
    // Compressed or not, no 48-byte stretch of the document appears in storage.
    for (let at = 0; at + 48 <= plain.length; at += 2048) expect(stored.includes(plain.subarray(at, at + 48))).toBe(false);
  });

  it('makes every stored copy unreadable once the client is destroyed: downloads answer as destroyed, a backup decrypts to nothing', async () => {
    const clientId = randomUUID();
    const { version, document } = await generate(cv(clientId));
    const owner = { clientId, documentId: document.documentId };
    const backup = await storedBytes(version.storageRef);
    expect(await cipher.decryptBytes(clientId, backup, fileBindingOf(document.documentId, version.storageRef))).toBeInstanceOf(Buffer);

    await consumer.handlers.PersonalDataDestroyed!(destroyed(clientId), origin);
    expect(await filesOf(clientId)).toBe(0);
    expect(isErased(await cipher.decryptBytes(clientId, backup, fileBindingOf(document.documentId, version.storageRef)))).toBe(true);

    // A copy put back (a restored backup) is still unreadable: the download answers as for a destroyed document.
    await new DocumentFileStore(connection).save(backup, owner, version.storageRef);
    expect(await files.read(version.storageRef, owner, version.sha256)).toBe(FILE_DESTROYED);
  });
});
