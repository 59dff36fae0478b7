import { randomBytes } from 'node:crypto';
import { isSealedBytes } from './byte-encryption';
import { isErased } from './encrypted-value';
import { InMemoryDataKeyStore } from './in-memory-data-key-store';
import { PersonalDataCipher } from './personal-data-cipher';
import { DataKeyDestroyedError, PersonalDataIntegrityError } from './privacy.errors';

const clientA = '6f1c2a4e-8b0d-4c55-9a3e-0d6b1f2e7a10';
const clientB = '0b7e9d31-52c4-4f0a-8e61-93a4c8d2f5b7';
const binding = 'document:d1:file:f1';

describe('PersonalDataCipher on bytes (stored files)', () => {
  let keys: InMemoryDataKeyStore;
  let cipher: PersonalDataCipher;
  const pdf = Buffer.concat([Buffer.from('%PDF-1.7\nMatti Meikäläinen matti@example.fi +358 40 123 4567\n', 'utf8'), randomBytes(70_000)]);
  beforeEach(() => {
    keys = new InMemoryDataKeyStore();
    cipher = new PersonalDataCipher(keys);
  });

  it('round-trips the bytes, and the sealed form shows none of them', async () => {
    const sealed = await cipher.encryptBytes(clientA, pdf, binding);
    expect(isSealedBytes(sealed)).toBe(true);
    expect(isSealedBytes(pdf)).toBe(false);
    for (const plaintext of ['%PDF', 'Matti', 'Meikäläinen', 'matti@example.fi', '123 4567']) expect(sealed.includes(Buffer.from(plaintext, 'utf8'))).toBe(false);
    expect((await cipher.decryptBytes(clientA, sealed, binding)) as Buffer).toEqual(pdf);
    // A fresh IV each time: the same file never seals to the same bytes.
    expect((await cipher.encryptBytes(clientA, pdf, binding)).equals(sealed)).toBe(false);
  });

  it('refuses bytes moved to another client or file, or altered', async () => {
    const sealed = await cipher.encryptBytes(clientA, pdf, binding);
    await cipher.encryptBytes(clientB, Buffer.from('x'), binding);
    await expect(cipher.decryptBytes(clientB, sealed, binding)).rejects.toBeInstanceOf(PersonalDataIntegrityError);
    await expect(cipher.decryptBytes(clientA, sealed, 'document:d1:file:f2')).rejects.toBeInstanceOf(PersonalDataIntegrityError);
    const altered = Buffer.from(sealed);
    altered[altered.length - 1] ^= 1;
    await expect(cipher.decryptBytes(clientA, altered, binding)).rejects.toBeInstanceOf(PersonalDataIntegrityError);
    await expect(cipher.decryptBytes(clientA, pdf, binding)).rejects.toBeInstanceOf(PersonalDataIntegrityError);
  });

  it('decrypts nothing once the key is destroyed, and seals nothing new', async () => {
    const sealed = await cipher.encryptBytes(clientA, pdf, binding);
    await keys.destroy(clientA);
    expect(isErased(await cipher.decryptBytes(clientA, sealed, binding))).toBe(true);
    await expect(cipher.encryptBytes(clientA, pdf, binding)).rejects.toBeInstanceOf(DataKeyDestroyedError);
  });
});
