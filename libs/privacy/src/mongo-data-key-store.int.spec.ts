import { randomBytes, randomUUID } from 'node:crypto';
import mongoose, { type Connection } from 'mongoose';
import { isErased } from './encrypted-value';
import { MasterKey } from './master-key';
import { MongoDataKeyStore } from './mongo-data-key-store';
import { PersonalDataCipher } from './personal-data-cipher';
import { DataKeyDestroyedError, DataKeyUnwrapError } from './privacy.errors';

const MONGO_URL = process.env.MONGO_URL || 'mongodb://127.0.0.1:27017/';
const dbName = `privacy_int_${randomUUID().slice(0, 8)}`;

/** A connection to this run's database; fails loudly when no server answers. */
async function connect(): Promise<Connection> {
  const connection = mongoose.createConnection(MONGO_URL, { dbName, serverSelectionTimeoutMS: 5_000 });
  try {
    return await connection.asPromise();
  } catch (error) {
    await connection.close().catch(() => undefined);
    throw new Error(`No MongoDB-compatible server at ${MONGO_URL} (${(error as Error).message}). Start it with: bash infra/local/up.sh`);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Real FerretDB (or MongoDB): the unique _id is what makes creation race-safe across processes.
describe('MongoDataKeyStore', () => {
  const masterKey: MasterKey = { version: 1, key: randomBytes(32) };
  let connection: Connection;
  let otherConnection: Connection;

  beforeAll(async () => {
    connection = await connect();
    otherConnection = await connect();
  }, 20_000);
  afterAll(async () => {
    await connection?.dropDatabase();
    await connection?.close();
    await otherConnection?.close();
  });

  const rawDocument = (clientId: string) => connection.collection('data_keys').findOne({ _id: clientId as never });

  it('creates one key per client: 10 concurrent first callers on separate store instances all get it', async () => {
    const clientId = randomUUID();
    const stores = Array.from(
      { length: 10 },
      (_, i) => new MongoDataKeyStore(i % 2 ? connection : otherConnection, masterKey, { cacheTtlMs: 0 }),
    );
    const keys = await Promise.all(stores.map((store) => store.getOrCreate(clientId)));

    expect(keys[0]).toHaveLength(32);
    expect(new Set(keys.map((key) => key.toString('hex'))).size).toBe(1);
    expect((await stores[0].get(clientId) as Buffer).equals(keys[0])).toBe(true);
    expect(await connection.collection('data_keys').countDocuments({ _id: clientId as never })).toBe(1);
  });

  it('also settles 10 concurrent callers on one instance on one key', async () => {
    const clientId = randomUUID();
    const store = new MongoDataKeyStore(connection, masterKey);
    const keys = await Promise.all(Array.from({ length: 10 }, () => store.getOrCreate(clientId)));
    expect(new Set(keys.map((key) => key.toString('hex'))).size).toBe(1);
  });

  it('stores the key wrapped (AES-256-GCM, with kv), never raw', async () => {
    const clientId = randomUUID();
    const key = await new MongoDataKeyStore(connection, masterKey).getOrCreate(clientId);
    const document = await rawDocument(clientId);
    expect(document).toMatchObject({ _id: clientId, kv: 1, iv: expect.any(String), tag: expect.any(String), ct: expect.any(String) });
    expect(JSON.stringify(document)).not.toContain(key.toString('base64'));
    expect(JSON.stringify(document)).not.toContain(key.toString('hex'));
  });

  it('cannot unwrap under a different master key', async () => {
    const clientId = randomUUID();
    await new MongoDataKeyStore(connection, masterKey).getOrCreate(clientId);
    const wrongMaster = new MongoDataKeyStore(connection, { version: 1, key: randomBytes(32) });
    await expect(wrongMaster.get(clientId)).rejects.toThrow(DataKeyUnwrapError);
  });

  it('answers undefined for a client that never had a key', async () => {
    const store = new MongoDataKeyStore(connection, masterKey);
    expect(await store.get(randomUUID())).toBeUndefined();
    expect(await store.isDestroyed(randomUUID())).toBe(false);
  });

  it('destroy -> decrypt returns ERASED, the tombstone stays, nothing new is encrypted', async () => {
    const clientId = randomUUID();
    const store = new MongoDataKeyStore(connection, masterKey);
    const cipher = new PersonalDataCipher(store);
    const stored = await cipher.encryptFields(clientId, { name: 'Matti Meikäläinen', municipality: '837' }, ['name']);

    await store.destroy(clientId);

    expect(await cipher.decryptFields(clientId, stored, ['name'])).toEqual({ name: { $erased: true }, municipality: '837' });
    expect(await store.get(clientId)).toBe('destroyed');
    expect(await store.isDestroyed(clientId)).toBe(true);
    await expect(store.getOrCreate(clientId)).rejects.toThrow(DataKeyDestroyedError);

    const tombstone = await rawDocument(clientId);
    expect(Object.keys(tombstone!).sort()).toEqual(['_id', 'destroyedAt']);
    expect(tombstone!.destroyedAt).toBeInstanceOf(Date);

    // A fresh instance (empty cache) reads the tombstone, not "unknown".
    const fresh = new MongoDataKeyStore(otherConnection, masterKey);
    expect(await fresh.get(clientId)).toBe('destroyed');
    expect(isErased(await new PersonalDataCipher(fresh).decrypt(clientId, stored.name as never, 'name'))).toBe(true);
    await expect(fresh.getOrCreate(clientId)).rejects.toThrow(DataKeyDestroyedError);
  });

  it('destroy is idempotent and keeps the first destroyedAt', async () => {
    const clientId = randomUUID();
    const store = new MongoDataKeyStore(connection, masterKey);
    await store.getOrCreate(clientId);
    await store.destroy(clientId);
    const first = (await rawDocument(clientId))!.destroyedAt as Date;
    await sleep(20);
    await new MongoDataKeyStore(otherConnection, masterKey).destroy(clientId);
    expect(((await rawDocument(clientId))!.destroyedAt as Date).getTime()).toBe(first.getTime());
    expect(await connection.collection('data_keys').countDocuments({ _id: clientId as never })).toBe(1);
  });

  it('destroys a client that never had a key, so no key can be created for them later', async () => {
    const clientId = randomUUID();
    await new MongoDataKeyStore(connection, masterKey).destroy(clientId);
    await expect(new MongoDataKeyStore(otherConnection, masterKey).getOrCreate(clientId)).rejects.toThrow(DataKeyDestroyedError);
  });

  it("a second service instance sees another instance's destroy once its cache TTL has passed", async () => {
    const clientId = randomUUID();
    const ttlMs = 300;
    const serviceA = new MongoDataKeyStore(connection, masterKey, { cacheTtlMs: ttlMs });
    const serviceB = new MongoDataKeyStore(otherConnection, masterKey, { cacheTtlMs: ttlMs });
    const stored = await new PersonalDataCipher(serviceA).encryptFields(clientId, { name: 'Maija' }, ['name']);
    const cipherB = new PersonalDataCipher(serviceB);
    expect(await cipherB.decryptFields(clientId, stored, ['name'])).toEqual({ name: 'Maija' }); // B caches the key

    await serviceA.destroy(clientId);
    await sleep(ttlMs + 50);

    expect(await serviceB.get(clientId)).toBe('destroyed');
    expect(await cipherB.decryptFields(clientId, stored, ['name'])).toEqual({ name: { $erased: true } });
  });

  it('honours a custom collection name', async () => {
    const clientId = randomUUID();
    await new MongoDataKeyStore(connection, masterKey, { collection: 'intake_data_keys' }).getOrCreate(clientId);
    expect(await connection.collection('intake_data_keys').countDocuments({ _id: clientId as never })).toBe(1);
    expect(await rawDocument(clientId)).toBeNull();
  });
});
