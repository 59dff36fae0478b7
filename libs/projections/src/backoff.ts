/** Exponential backoff with ±20 % jitter: attempt 1 -> ~initial, doubling up to max. */
export function backoffDelay(attempt: number, initialDelayMs = 200, maxDelayMs = 30_000): number {
  const base = Math.min(maxDelayMs, initialDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.8 + Math.random() * 0.4));
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
