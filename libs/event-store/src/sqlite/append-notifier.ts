/**
 * Wakes live subscriptions. Appends from this process wake them at once (`notify`); appends
 * by other processes sharing the file are only seen by polling, so every wait also ends after
 * `pollIntervalMs`. `version` lets a subscriber tell whether anything was committed since it
 * last read, so a commit that lands while it is busy is never slept through.
 */
export class AppendNotifier {
  private waiters = new Set<() => void>();
  private commits = 0;

  get version(): number {
    return this.commits;
  }

  notify(): void {
    this.commits++;
    const woken = this.waiters;
    this.waiters = new Set();
    woken.forEach((wake) => wake());
  }

  /** Resolves on the next local commit, after the poll interval, or when `signal` aborts. */
  wait(pollIntervalMs: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(done);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, pollIntervalMs);
      this.waiters.add(done);
      signal?.addEventListener('abort', done, { once: true });
    });
  }
}
