export interface KeepTryingLogger {
  warn(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
}

export interface KeepTryingOptions {
  /** Shown in log lines: which dependency or worker this is. */
  name: string;
  logger: KeepTryingLogger;
  initialDelayMs?: number;
  maxDelayMs?: number;
}

/**
 * Runs a start-up step (connect to MongoDB, provision topics, start the relay) in the
 * background and keeps retrying it with capped exponential backoff until it succeeds or the
 * service stops. A service therefore boots while Kafka or MongoDB is down, reports not-ready,
 * and recovers by itself when they come back.
 */
export class KeepTrying {
  private stopped = false;
  private wake: (() => void) | undefined;
  private running: Promise<void> | undefined;
  private succeeded = false;
  private lastError: string | undefined;

  constructor(private readonly options: KeepTryingOptions) {}

  start(step: () => Promise<void>): void {
    if (this.running) throw new Error(`${this.options.name}: already started`);
    this.running = this.loop(step);
  }

  /** True once the step has succeeded. */
  get done(): boolean {
    return this.succeeded;
  }

  /** Why the last attempt failed (no secrets: driver messages are passed through safeReason by health). */
  get error(): string | undefined {
    return this.lastError;
  }

  /** Stops retrying and waits for an attempt in flight to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.running;
  }

  private async loop(step: () => Promise<void>): Promise<void> {
    const initial = this.options.initialDelayMs ?? 500;
    const max = this.options.maxDelayMs ?? 10_000;
    for (let attempt = 1; !this.stopped; attempt++) {
      try {
        await step();
        this.succeeded = true;
        this.lastError = undefined;
        if (attempt > 1) this.options.logger.info({ worker: this.options.name, attempt }, 'started after retrying');
        return;
      } catch (error) {
        this.lastError = error instanceof Error ? error.message : String(error);
        const delay = Math.min(max, initial * 2 ** Math.min(attempt - 1, 10));
        this.options.logger.warn({ worker: this.options.name, attempt, retryInMs: delay, err: { message: this.lastError } }, 'start-up step failed; retrying');
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, delay);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
  }
}
