import { keyedHash, loadIdentityHashSecret } from './identity-hash';
import { PrivacyConfigError } from './privacy.errors';

// Expected values computed independently (Python's hmac module) over the same encoding:
// each part as a 4-byte big-endian length followed by its UTF-8 bytes.
const secret = Buffer.alloc(32, 0x0b);

describe('keyedHash', () => {
  it('is HMAC-SHA256 hex over the length-prefixed parts', () => {
    expect(keyedHash(secret, 'a', 'bc')).toBe('4dfbb7028b9fff5fe16508a50df341ab5da03eb352552706f3ccdf005910699d');
    expect(keyedHash(secret, 'ab', 'c')).toBe('f97056f50a090182caa25290dbc2f987b849449c3d0d6d187d131a0e2ecf5086');
    expect(keyedHash(secret, 'personal-identity-code', '131052-308T')).toBe(
      '88a12dd74d5c1733aea60c7b4b22cf776739002368ad2f271288db53177a4c7a',
    );
  });

  it("keeps ('ab','c') and ('a','bc') apart", () => {
    expect(keyedHash(secret, 'ab', 'c')).not.toBe(keyedHash(secret, 'a', 'bc'));
  });

  it('keeps codes that differ only by the century sign apart', () => {
    expect(keyedHash(secret, 'pic', '131052-308T')).not.toBe(keyedHash(secret, 'pic', '131052Y308T'));
  });

  it('depends on the secret', () => {
    expect(keyedHash(Buffer.alloc(32, 0x0c), 'a', 'bc')).not.toBe(keyedHash(secret, 'a', 'bc'));
  });

  it('refuses a short secret and an empty part list', () => {
    expect(() => keyedHash(Buffer.alloc(16), 'a')).toThrow(PrivacyConfigError);
    expect(() => keyedHash(secret)).toThrow(TypeError);
  });
});

describe('loadIdentityHashSecret from the environment', () => {
  it('decodes IDENTITY_HASH_SECRET', () => {
    const value = Buffer.alloc(48, 7).toString('base64');
    expect(loadIdentityHashSecret({ IDENTITY_HASH_SECRET: value }).equals(Buffer.alloc(48, 7))).toBe(true);
  });

  it('refuses a short or malformed secret without echoing it', () => {
    const short = Buffer.alloc(16, 7).toString('base64');
    expect(() => loadIdentityHashSecret({ IDENTITY_HASH_SECRET: short })).toThrow(PrivacyConfigError);
    expect(() => loadIdentityHashSecret({ IDENTITY_HASH_SECRET: 'not base64 at all!' })).toThrow(/^(?!.*not base64 at all)/);
  });

  it('is required in production', () => {
    expect(() => loadIdentityHashSecret({ NODE_ENV: 'production' })).toThrow(/IDENTITY_HASH_SECRET is required/);
  });
});
