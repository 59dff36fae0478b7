/**
 * Pulls batches from a (pull-based, back-pressured) async iterator: waits for the first item,
 * then takes whatever else arrives within `maxDelayMs`, up to `maxSize`. A `next()` still
 * pending when the delay ends is kept for the following batch, never dropped: an async
 * iterator's next() cannot be cancelled, and dropping it would lose an event.
 */
export class BatchPuller<T> {
  private pending: Promise<IteratorResult<T>> | undefined;
  private finished = false;

  constructor(private readonly iterator: AsyncIterator<T>) {}

  /** `done` = the source ended (or `interrupted` fired while waiting for the first item). */
  async next(maxSize: number, maxDelayMs: number, interrupted: Promise<void>): Promise<{ items: T[]; done: boolean }> {
    if (this.finished) return { items: [], done: true };
    const items: T[] = [];
    const first = await Promise.race([this.pull(), interrupted.then(() => 'interrupted' as const)]);
    if (first === 'interrupted') return { items, done: true };
    this.pending = undefined; // consumed; a result that lost a race stays pending for later
    if (first.done) return this.end(items);
    items.push(first.value);

    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'deadline'>((resolve) => {
      timer = setTimeout(() => resolve('deadline'), maxDelayMs);
    });
    try {
      while (items.length < maxSize) {
        const result = await Promise.race([this.pull(), deadline]);
        if (result === 'deadline') break;
        this.pending = undefined;
        if (result.done) return this.end(items);
        items.push(result.value);
      }
    } finally {
      clearTimeout(timer);
    }
    return { items, done: false };
  }

  /** Releases the source. Not awaited: a generator blocked on a live wait may never settle. */
  close(): void {
    this.finished = true;
    this.iterator.return?.()?.catch(() => undefined);
  }

  private pull(): Promise<IteratorResult<T>> {
    this.pending ??= this.iterator.next();
    return this.pending;
  }

  private end(items: T[]): { items: T[]; done: boolean } {
    this.finished = true;
    return { items, done: true };
  }
}
