import { DataKeyCache } from './data-key-cache';

describe('DataKeyCache', () => {
  let now = 0;
  const cache = (ttlMs = 1000, maxEntries = 10) => new DataKeyCache({ ttlMs, maxEntries, now: () => now });
  beforeEach(() => {
    now = 1_000_000;
  });

  it('serves a key until its TTL has passed (the staleness window for other processes)', () => {
    const c = cache();
    c.setKey('a', Buffer.alloc(32, 1));
    now += 999;
    expect(c.get('a')).toEqual(Buffer.alloc(32, 1));
    now += 1;
    expect(c.get('a')).toBeUndefined();
  });

  it('keeps destroyed forever and never lets a late key overwrite it', () => {
    const c = cache();
    c.setKey('a', Buffer.alloc(32, 1));
    c.setDestroyed('a');
    c.setKey('a', Buffer.alloc(32, 1));
    now += 10 ** 9;
    expect(c.get('a')).toBe('destroyed');
  });

  it('hands out copies, so a caller wiping its key does not wipe the cache', () => {
    const c = cache();
    c.setKey('a', Buffer.alloc(32, 1));
    (c.get('a') as Buffer).fill(0);
    expect(c.get('a')).toEqual(Buffer.alloc(32, 1));
  });

  it('evicts the least recently used entry beyond maxEntries', () => {
    const c = cache(1000, 2);
    c.setKey('a', Buffer.alloc(32, 1));
    c.setKey('b', Buffer.alloc(32, 2));
    c.get('a');
    c.setKey('c', Buffer.alloc(32, 3));
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')).toEqual(Buffer.alloc(32, 1));
    expect(c.get('c')).toEqual(Buffer.alloc(32, 3));
  });

  it('caches no keys with a TTL of 0', () => {
    const c = cache(0);
    c.setKey('a', Buffer.alloc(32, 1));
    expect(c.get('a')).toBeUndefined();
  });
});
