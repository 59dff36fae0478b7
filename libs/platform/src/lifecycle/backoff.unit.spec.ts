import { backoffDelay } from './backoff';

describe('backoffDelay', () => {
  it('doubles from the initial delay up to the cap when jitter is off', () => {
    const options = { initialDelayMs: 500, maxDelayMs: 10_000, jitter: 0 };
    expect([1, 2, 3, 4, 5, 6, 50].map((attempt) => backoffDelay(attempt, options))).toEqual([500, 1000, 2000, 4000, 8000, 10_000, 10_000]);
  });

  it('spreads the delay by ±20 % by default', () => {
    for (let i = 0; i < 200; i++) {
      const delay = backoffDelay(3);
      expect(delay).toBeGreaterThanOrEqual(640);
      expect(delay).toBeLessThanOrEqual(960);
    }
  });
});
