import { loadMasterKey } from './master-key';
import { PrivacyConfigError } from './privacy.errors';

// Only the environment paths here (no I/O); the development file is covered by secret-file.int.spec.ts.
describe('loadMasterKey from the environment', () => {
  const key = Buffer.alloc(32, 0x2a);
  const base64 = key.toString('base64');

  it('decodes PRIVACY_MASTER_KEY with version 1 by default', () => {
    const masterKey = loadMasterKey({ PRIVACY_MASTER_KEY: base64 });
    expect(masterKey.version).toBe(1);
    expect(masterKey.key.equals(key)).toBe(true);
  });

  it('reads PRIVACY_MASTER_KEY_VERSION', () => {
    expect(loadMasterKey({ PRIVACY_MASTER_KEY: base64, PRIVACY_MASTER_KEY_VERSION: '3' }).version).toBe(3);
    expect(() => loadMasterKey({ PRIVACY_MASTER_KEY: base64, PRIVACY_MASTER_KEY_VERSION: '0' })).toThrow(PrivacyConfigError);
    expect(() => loadMasterKey({ PRIVACY_MASTER_KEY: base64, PRIVACY_MASTER_KEY_VERSION: '1.5' })).toThrow(PrivacyConfigError);
  });

  it.each([
    ['16 bytes', Buffer.alloc(16, 1).toString('base64')],
    ['33 bytes', Buffer.alloc(33, 1).toString('base64')],
    ['junk inside', `${base64.slice(0, 20)}!${base64.slice(21)}`],
    ['unpadded', base64.replace(/=+$/, '')],
  ])('refuses a key of %s and does not echo it', (_label, value) => {
    expect(() => loadMasterKey({ PRIVACY_MASTER_KEY: value })).toThrow(PrivacyConfigError);
    try {
      loadMasterKey({ PRIVACY_MASTER_KEY: value });
    } catch (error) {
      expect((error as Error).message).not.toContain(value);
    }
  });

  it('refuses to invent a key in production', () => {
    expect(() => loadMasterKey({ NODE_ENV: 'production' })).toThrow(/PRIVACY_MASTER_KEY is required/);
  });
});
