import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { BaseServiceConfig } from '../config/base-service.config';
import { HealthRegistry } from '../health/health-registry';
import { HANDLE_SIGNALS, ROOT_LOGGER } from '../platform.tokens';

export const SHUTDOWN_SIGNALS: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];

/**
 * Nest's shutdown hooks (`app.enableShutdownHooks()`) let providers finish their work on
 * SIGTERM/SIGINT: consumers leave their group, the relay finishes its batch. This adds what
 * Nest lacks: readiness turns 503 at once, and a hard deadline (SHUTDOWN_TIMEOUT_MS) after
 * which the process exits 1 however stuck a hook is.
 */
@Injectable()
export class GracefulShutdown implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly onSignal = (signal: NodeJS.Signals): void => {
    const timeoutMs = this.config.SHUTDOWN_TIMEOUT_MS;
    this.logger.info({ signal, timeoutMs }, 'shutting down');
    // unref: a clean shutdown is not held up by the deadline itself.
    setTimeout(() => {
      this.logger.fatal({ timeoutMs }, 'shutdown did not finish in time; exiting');
      process.exit(1);
    }, timeoutMs).unref();
  };

  constructor(
    private readonly config: BaseServiceConfig,
    private readonly health: HealthRegistry,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
    @Inject(HANDLE_SIGNALS) private readonly handleSignals: boolean,
  ) {}

  onApplicationBootstrap(): void {
    // `once`: when Nest re-raises the signal after closing, no listener is left to swallow it.
    if (this.handleSignals) SHUTDOWN_SIGNALS.forEach((signal) => process.once(signal, this.onSignal));
  }

  beforeApplicationShutdown(): void {
    this.health.markShuttingDown();
  }

  onApplicationShutdown(): void {
    SHUTDOWN_SIGNALS.forEach((signal) => process.removeListener(signal, this.onSignal));
  }
}
