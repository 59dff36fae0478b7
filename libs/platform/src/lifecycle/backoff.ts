export interface BackoffOptions {
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** Random spread around the delay as a fraction (0.2 = ±20 %); 0 = none. Default 0.2. */
  jitter?: number;
}

/** Capped exponential backoff with jitter: attempt 1 -> ~initial, doubling up to max. */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const initial = options.initialDelayMs ?? 200;
  const max = options.maxDelayMs ?? 30_000;
  const jitter = options.jitter ?? 0.2;
  const base = Math.min(max, initial * 2 ** Math.max(0, attempt - 1));
  // Jitter, so many instances retrying the same broker do not hit it in lockstep.
  return Math.round(base * (1 - jitter + Math.random() * 2 * jitter));
}

/** Resolves after `ms` with false, or early with true when `interrupted` resolves first. */
export async function sleepUnless(ms: number, interrupted: Promise<void>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const slept = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([slept, interrupted.then(() => true as const)]);
  } finally {
    clearTimeout(timer);
  }
}

/** A promise resolved by calling `signal()`: lets stop() wake every wait at once. */
export class StopSignal {
  private resolveFn: () => void = () => undefined;
  private fired = false;
  readonly promise = new Promise<void>((resolve) => {
    this.resolveFn = resolve;
  });

  get stopped(): boolean {
    return this.fired;
  }

  signal(): void {
    this.fired = true;
    this.resolveFn();
  }
}
