import { TokenBuckets } from './rate-limit';

describe('per-token buckets', () => {
  it('lets a burst through, then refuses with the seconds to wait, and refills at the rate', () => {
    const buckets = new TokenBuckets(2, 3);
    const t0 = 1_000_000;
    expect([buckets.take('a', t0), buckets.take('a', t0), buckets.take('a', t0)]).toEqual([0, 0, 0]);
    expect(buckets.take('a', t0)).toBe(1);
    // Another caller is not affected.
    expect(buckets.take('b', t0)).toBe(0);
    // Half a second at 2/s is one request.
    expect(buckets.take('a', t0 + 500)).toBe(0);
    expect(buckets.take('a', t0 + 500)).toBe(1);
    // Never more than the burst after a long pause.
    const later = t0 + 60_000;
    expect([0, 1, 2, 3].map(() => buckets.take('a', later))).toEqual([0, 0, 0, 1]);
  });
});
