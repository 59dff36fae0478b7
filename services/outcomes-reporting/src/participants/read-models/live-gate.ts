/**
 * Lets the live consumer be held between two messages: `close()` waits for the message in hand
 * to finish, and the next one waits until `open()`. A rebuild closes it for the few moments
 * it takes to catch up with the topics' ends and move the generation pointer, so no live write
 * lands in the old collections after the new ones were declared complete.
 */
export class LiveGate {
  private closed: { promise: Promise<void>; open: () => void } | undefined;
  private inFlight = 0;
  private drained: (() => void)[] = [];

  async run<T>(work: () => Promise<T>): Promise<T> {
    while (this.closed) await this.closed.promise;
    this.inFlight++;
    try {
      return await work();
    } finally {
      this.inFlight--;
      if (this.inFlight === 0) for (const resolve of this.drained.splice(0)) resolve();
    }
  }

  async close(): Promise<void> {
    if (!this.closed) {
      let open!: () => void;
      const promise = new Promise<void>((resolve) => (open = resolve));
      this.closed = { promise, open };
    }
    if (this.inFlight > 0) await new Promise<void>((resolve) => this.drained.push(resolve));
  }

  open(): void {
    const closed = this.closed;
    this.closed = undefined;
    closed?.open();
  }
}
