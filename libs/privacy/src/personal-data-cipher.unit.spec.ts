import { ERASED, isEncryptedValue, isErased } from './encrypted-value';
import { InMemoryDataKeyStore } from './in-memory-data-key-store';
import { PersonalDataCipher } from './personal-data-cipher';
import { DataKeyDestroyedError, DataKeyNotFoundError, PersonalDataIntegrityError } from './privacy.errors';

const clientA = '6f1c2a4e-8b0d-4c55-9a3e-0d6b1f2e7a10';
const clientB = '0b7e9d31-52c4-4f0a-8e61-93a4c8d2f5b7';

const registered = () => ({
  clientId: clientA,
  name: { first: 'Matti', last: 'Meikäläinen' },
  personalIdentityCode: '131052-308T',
  contact: { email: 'matti@example.fi', phone: null },
  preferredLanguage: 'fi',
  municipality: '837',
});

const PERSONAL = ['name', 'personalIdentityCode', 'contact.email', 'contact.phone', 'contact.address'];

describe('PersonalDataCipher', () => {
  let keys: InMemoryDataKeyStore;
  let cipher: PersonalDataCipher;
  beforeEach(() => {
    keys = new InMemoryDataKeyStore();
    cipher = new PersonalDataCipher(keys);
  });

  it('encrypts the named fields only and round-trips them', async () => {
    const stored = await cipher.encryptFields(clientA, registered(), PERSONAL);
    expect(isEncryptedValue(stored.name)).toBe(true);
    expect(isEncryptedValue(stored.personalIdentityCode)).toBe(true);
    expect(isEncryptedValue((stored.contact as Record<string, unknown>).email)).toBe(true);
    expect(isEncryptedValue((stored.contact as Record<string, unknown>).phone)).toBe(true);
    expect(stored.contact).not.toHaveProperty('address');
    expect(stored).toMatchObject({ clientId: clientA, preferredLanguage: 'fi', municipality: '837' });

    const json = JSON.stringify(stored);
    for (const plaintext of ['Matti', 'Meikäläinen', '131052-308T', 'matti@example.fi']) {
      expect(json).not.toContain(plaintext);
    }
    // Stored events are JSON: decrypting what came back through JSON gives the original.
    expect(await cipher.decryptFields(clientA, JSON.parse(json), PERSONAL)).toEqual(registered());
  });

  it('does not modify the object it is given', async () => {
    const original = registered();
    await cipher.encryptFields(clientA, original, PERSONAL);
    expect(original).toEqual(registered());
  });

  it('leaves already encrypted fields alone instead of encrypting twice', async () => {
    const once = await cipher.encryptFields(clientA, registered(), PERSONAL);
    const twice = await cipher.encryptFields(clientA, once, PERSONAL);
    expect(twice).toEqual(once);
  });

  it('creates no key when none of the fields is present', async () => {
    await cipher.encryptFields(clientA, { clientId: clientA, municipality: '837' }, PERSONAL);
    expect(await keys.get(clientA)).toBeUndefined();
  });

  it('refuses to decrypt client A data as client B', async () => {
    const stored = await cipher.encryptFields(clientA, registered(), PERSONAL);
    await keys.getOrCreate(clientB);
    await expect(cipher.decryptFields(clientB, stored, PERSONAL)).rejects.toThrow(PersonalDataIntegrityError);
  });

  it('refuses a field moved to another path', async () => {
    const stored = await cipher.encryptFields(clientA, registered(), PERSONAL);
    const moved = { ...stored, name: stored.personalIdentityCode };
    await expect(cipher.decryptFields(clientA, moved, PERSONAL)).rejects.toThrow(PersonalDataIntegrityError);
  });

  it('encrypt/decrypt of a single value honour the field path', async () => {
    const encrypted = await cipher.encrypt(clientA, 'Matti', 'name');
    expect(await cipher.decrypt(clientA, encrypted, 'name')).toBe('Matti');
    await expect(cipher.decrypt(clientA, encrypted, 'nickname')).rejects.toThrow(PersonalDataIntegrityError);
    const withoutPath = await cipher.encrypt(clientA, 'Matti');
    expect(await cipher.decrypt(clientA, withoutPath)).toBe('Matti');
  });

  it('returns ERASED for every encrypted field once the key is destroyed, keeping the rest', async () => {
    const stored = await cipher.encryptFields(clientA, registered(), PERSONAL);
    await keys.destroy(clientA);
    const read = await cipher.decryptFields(clientA, stored, PERSONAL);
    expect(read).toEqual({
      clientId: clientA,
      name: ERASED,
      personalIdentityCode: ERASED,
      contact: { email: ERASED, phone: ERASED },
      preferredLanguage: 'fi',
      municipality: '837',
    });
    expect(isErased(await cipher.decrypt(clientA, stored.name as never, 'name'))).toBe(true);
    // The marker is JSON-safe: it survives serialisation and is still recognised.
    expect(isErased(JSON.parse(JSON.stringify(read)).name)).toBe(true);
  });

  it('refuses to encrypt anything new for a destroyed client', async () => {
    await keys.destroy(clientA);
    await expect(cipher.encrypt(clientA, 'Matti', 'name')).rejects.toThrow(DataKeyDestroyedError);
    await expect(cipher.encryptFields(clientA, registered(), PERSONAL)).rejects.toThrow(DataKeyDestroyedError);
  });

  it('fails loudly (not ERASED) when there is neither key nor tombstone', async () => {
    const stored = await cipher.encryptFields(clientA, registered(), PERSONAL);
    const otherStore = new PersonalDataCipher(new InMemoryDataKeyStore());
    await expect(otherStore.decryptFields(clientA, stored, PERSONAL)).rejects.toThrow(DataKeyNotFoundError);
  });

  it('leaves fields that were never encrypted as they are on decryption', async () => {
    const legacy = registered();
    expect(await cipher.decryptFields(clientA, legacy, PERSONAL)).toEqual(legacy);
  });

  it('reaches into arrays by index', async () => {
    const payload = { phones: ['+358 40 123 4567', '+358 50 765 4321'] };
    const stored = await cipher.encryptFields(clientA, payload, ['phones.1']);
    expect((stored.phones as unknown[])[0]).toBe('+358 40 123 4567');
    expect(isEncryptedValue((stored.phones as unknown[])[1])).toBe(true);
    expect(await cipher.decryptFields(clientA, stored, ['phones.1'])).toEqual(payload);
  });

  it.each(['__proto__.polluted', 'a..b', '', 'constructor.prototype'])('rejects the path %j', async (path) => {
    await expect(cipher.encryptFields(clientA, {}, [path])).rejects.toThrow(TypeError);
  });
});
