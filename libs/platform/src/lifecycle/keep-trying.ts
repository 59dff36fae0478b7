import { backoffDelay, sleepUnless, StopSignal } from './backoff';
import type { Logger } from './worker-logger';

export type KeepTryingLogger = Pick<Logger, 'warn' | 'info'>;

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
  private readonly stopSignal = new StopSignal();
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
    this.stopSignal.signal();
    await this.running;
  }

  private async loop(step: () => Promise<void>): Promise<void> {
    // jitter 0: start-up retries keep the fixed schedule they always had (500 ms doubling to 10 s).
    const backoff = { initialDelayMs: this.options.initialDelayMs ?? 500, maxDelayMs: this.options.maxDelayMs ?? 10_000, jitter: 0 };
    for (let attempt = 1; !this.stopSignal.stopped; attempt++) {
      try {
        await step();
        this.succeeded = true;
        this.lastError = undefined;
        if (attempt > 1) this.options.logger.info({ worker: this.options.name, attempt }, 'started after retrying');
        return;
      } catch (error) {
        this.lastError = error instanceof Error ? error.message : String(error);
        const delay = backoffDelay(attempt, backoff);
        this.options.logger.warn({ worker: this.options.name, attempt, retryInMs: delay, err: { message: this.lastError } }, 'start-up step failed; retrying');
        await sleepUnless(delay, this.stopSignal.promise);
      }
    }
  }
}
