import { Module, type DynamicModule, type Provider, type Type } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import { Registry } from 'prom-client';
import { GracefulShutdown } from './bootstrap/graceful-shutdown';
import { BaseServiceConfig } from './config/base-service.config';
import { HealthController } from './health/health.controller';
import { HealthRegistry } from './health/health-registry';
import { createLogger } from './logging/create-logger';
import { RateLimitInterceptor } from './http/rate-limit';
import { httpLoggingOptions } from './logging/http-logging';
import { MetricsController } from './metrics/metrics.controller';
import { createMetricsRegistry } from './metrics/metrics-registry';
import { HANDLE_SIGNALS, ROOT_LOGGER, SERVICE_NAME } from './platform.tokens';

export interface PlatformModuleOptions {
  serviceName: string;
  /** The loaded configuration; injectable as `BaseServiceConfig` and as its own class. */
  config: BaseServiceConfig;
  /** Defaults to a new redacting logger at `config.LOG_LEVEL`. */
  logger?: Logger;
  /** Defaults to a new registry with the default process metrics. */
  metricsRegistry?: Registry;
  /** Install the SIGTERM/SIGINT shutdown deadline (default true). */
  handleSignals?: boolean;
}

/**
 * What every service shares, global so any module can inject it: the configuration,
 * `HealthRegistry`, the prom-client `Registry`, pino request logging, /health and /metrics.
 * `bootstrapService` imports it; a service's root module does not.
 */
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformModuleOptions): DynamicModule {
    const logger = options.logger ?? createLogger({ service: options.serviceName, level: options.config.LOG_LEVEL });
    const registry = options.metricsRegistry ?? createMetricsRegistry(options.serviceName);
    const configClass = options.config.constructor as Type<BaseServiceConfig>;
    const configTokens = configClass === BaseServiceConfig ? [BaseServiceConfig] : [BaseServiceConfig, configClass];
    const configProviders: Provider[] = configTokens.map((token) => ({ provide: token, useValue: options.config }));

    return {
      module: PlatformModule,
      global: true,
      imports: [LoggerModule.forRoot({ pinoHttp: httpLoggingOptions(logger) })],
      controllers: [HealthController, MetricsController],
      providers: [
        ...configProviders,
        { provide: SERVICE_NAME, useValue: options.serviceName },
        { provide: ROOT_LOGGER, useValue: logger },
        { provide: HANDLE_SIGNALS, useValue: options.handleSignals ?? true },
        { provide: Registry, useValue: registry },
        HealthRegistry,
        GracefulShutdown,
        { provide: APP_INTERCEPTOR, useClass: RateLimitInterceptor },
      ],
      exports: [...configTokens, SERVICE_NAME, ROOT_LOGGER, Registry, HealthRegistry],
    };
  }
}
