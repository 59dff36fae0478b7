import { Injectable } from '@nestjs/common';

/** Resolves when the dependency can serve requests; rejects with the reason otherwise. */
export type HealthCheck = () => Promise<void>;

export type CheckResult = { status: 'ok' } | { status: 'error'; reason: string };

export interface ReadinessReport {
  status: 'ok' | 'error';
  checks: Record<string, CheckResult>;
}

export interface RegisterCheckOptions {
  /** A check slower than this counts as failed (a hung connection must not hang the probe). */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 3_000;
const MAX_REASON_LENGTH = 300;

/**
 * The readiness checks of a service: event store, Kafka, MongoDB register theirs at start-up
 * (`onModuleInit`), `/health/ready` runs them all in parallel.
 */
@Injectable()
export class HealthRegistry {
  private readonly checks = new Map<string, { check: HealthCheck; timeoutMs: number }>();
  private shuttingDown = false;

  register(name: string, check: HealthCheck, options: RegisterCheckOptions = {}): void {
    if (this.checks.has(name)) throw new Error(`health check "${name}" is already registered`);
    this.checks.set(name, { check, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS });
  }

  unregister(name: string): void {
    this.checks.delete(name);
  }

  names(): string[] {
    return [...this.checks.keys()];
  }

  /** From the start of shutdown on, readiness fails so load balancers stop sending traffic. */
  markShuttingDown(): void {
    this.shuttingDown = true;
  }

  async check(): Promise<ReadinessReport> {
    const entries = await Promise.all(
      [...this.checks].map(async ([name, { check, timeoutMs }]) => [name, await runCheck(check, timeoutMs)] as const),
    );
    const checks: Record<string, CheckResult> = Object.fromEntries(entries);
    if (this.shuttingDown) checks.shutdown = { status: 'error', reason: 'service is shutting down' };
    const ok = Object.values(checks).every((result) => result.status === 'ok');
    return { status: ok ? 'ok' : 'error', checks };
  }
}

async function runCheck(check: HealthCheck, timeoutMs: number): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([Promise.resolve().then(check), timeout]);
    return { status: 'ok' };
  } catch (error) {
    return { status: 'error', reason: safeReason(error) };
  } finally {
    clearTimeout(timer);
  }
}

/** Driver messages may quote connection strings: drop credentials, keep the reason short. */
export function safeReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const withoutCredentials = message.replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, '$1***@');
  const oneLine = withoutCredentials.replace(/\s+/g, ' ').trim() || 'check failed';
  return oneLine.length > MAX_REASON_LENGTH ? `${oneLine.slice(0, MAX_REASON_LENGTH)}…` : oneLine;
}
