import { randomBytes } from 'node:crypto';
import { EncryptedValue, isEncryptedValue } from './encrypted-value';
import { decryptWithKey, encryptWithKey } from './field-encryption';
import { PersonalDataIntegrityError } from './privacy.errors';

const clientA = '6f1c2a4e-8b0d-4c55-9a3e-0d6b1f2e7a10';
const clientB = '0b7e9d31-52c4-4f0a-8e61-93a4c8d2f5b7';

/** Flips one bit of a base64 field. */
function flip(value: EncryptedValue, field: 'iv' | 'ct' | 'tag'): EncryptedValue {
  const bytes = Buffer.from(value[field], 'base64');
  bytes[0] ^= 0x01;
  return { ...value, [field]: bytes.toString('base64') };
}

describe('field encryption (AES-256-GCM with client and field in the AAD)', () => {
  const key = randomBytes(32);

  it.each([
    ['a name with non-ASCII letters', 'Åsa Öhman-Väisänen'],
    ['a number', 42],
    ['null', null],
    ['an object', { street: 'Hämeenkatu 1', postalCode: '33100', city: 'Tampere' }],
    ['an array', ['+358 40 123 4567', '+358 50 765 4321']],
    ['an empty string', ''],
  ])('round-trips %s', (_label, value) => {
    const encrypted = encryptWithKey(key, clientA, 'name', value);
    expect(isEncryptedValue(encrypted)).toBe(true);
    expect(decryptWithKey(key, clientA, 'name', encrypted)).toEqual(value);
  });

  it('puts no plaintext in the JSON of an encrypted value', () => {
    const secret = 'Matti Meikäläinen 131052-308T';
    const json = JSON.stringify(encryptWithKey(key, clientA, 'name', secret));
    expect(json).not.toContain('Matti');
    expect(json).not.toContain('131052');
    expect(json).not.toContain(Buffer.from(JSON.stringify(secret)).toString('base64').slice(0, 12));
    expect(Object.keys(JSON.parse(json)).sort()).toEqual(['$enc', 'ct', 'iv', 'tag']);
  });

  it('uses a fresh IV: the same value encrypts differently each time', () => {
    const first = encryptWithKey(key, clientA, 'name', 'Matti');
    const second = encryptWithKey(key, clientA, 'name', 'Matti');
    expect(first.iv).not.toBe(second.iv);
    expect(first.ct).not.toBe(second.ct);
    expect(Buffer.from(first.iv, 'base64')).toHaveLength(12);
  });

  it('binds the ciphertext to the client: client A data fails to decrypt as client B, even with the same key', () => {
    const encrypted = encryptWithKey(key, clientA, 'name', 'Matti');
    expect(() => decryptWithKey(key, clientB, 'name', encrypted)).toThrow(PersonalDataIntegrityError);
  });

  it('binds the ciphertext to the field: it cannot be moved to another field', () => {
    const encrypted = encryptWithKey(key, clientA, 'contact.email', 'matti@example.fi');
    expect(() => decryptWithKey(key, clientA, 'contact.phone', encrypted)).toThrow(PersonalDataIntegrityError);
  });

  it('is not fooled by client/field concatenations that read the same', () => {
    const encrypted = encryptWithKey(key, 'client-1', 'name', 'Matti');
    expect(() => decryptWithKey(key, 'client-1n', 'ame', encrypted)).toThrow(PersonalDataIntegrityError);
  });

  it.each(['iv', 'ct', 'tag'] as const)('detects a tampered %s', (field) => {
    const encrypted = encryptWithKey(key, clientA, 'name', 'Matti');
    expect(() => decryptWithKey(key, clientA, 'name', flip(encrypted, field))).toThrow(PersonalDataIntegrityError);
  });

  it('detects a truncated tag', () => {
    const encrypted = encryptWithKey(key, clientA, 'name', 'Matti');
    const shortTag = Buffer.from(encrypted.tag, 'base64').subarray(0, 4).toString('base64');
    expect(() => decryptWithKey(key, clientA, 'name', { ...encrypted, tag: shortTag })).toThrow(PersonalDataIntegrityError);
  });

  it('fails under another key', () => {
    const encrypted = encryptWithKey(key, clientA, 'name', 'Matti');
    expect(() => decryptWithKey(randomBytes(32), clientA, 'name', encrypted)).toThrow(PersonalDataIntegrityError);
  });

  it('keeps the value out of the error message', () => {
    const encrypted = encryptWithKey(key, clientA, 'name', 'Matti Meikäläinen');
    expect(() => decryptWithKey(key, clientB, 'name', encrypted)).toThrow(/^(?!.*Matti)/);
  });

  it('refuses a value without a JSON form', () => {
    expect(() => encryptWithKey(key, clientA, 'name', undefined)).toThrow(TypeError);
  });
});

describe('isEncryptedValue', () => {
  it.each([
    [{ $enc: 'aes-256-gcm/v1', iv: 'a', ct: 'b', tag: 'c' }, true],
    [{ $enc: 'aes-256-gcm/v2', iv: 'a', ct: 'b', tag: 'c' }, false],
    [{ $enc: 'aes-256-gcm/v1', iv: 'a', ct: 'b' }, false],
    ['aes-256-gcm/v1', false],
    [null, false],
    [[], false],
  ])('%j -> %s', (value, expected) => {
    expect(isEncryptedValue(value)).toBe(expected);
  });
});
