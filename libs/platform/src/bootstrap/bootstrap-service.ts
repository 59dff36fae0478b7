import type { AddressInfo } from 'node:net';
import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger as NestPinoLogger } from 'nestjs-pino';
import type { DestinationStream, Logger } from 'pino';
import { BaseServiceConfig } from '../config/base-service.config';
import { ConfigValidationError } from '../config/load-config';
import { loadServiceConfig } from '../config/service-config';
import { bodyParserErrorMapper, JSON_BODY_LIMIT } from '../errors/body-parsing';
import { jsonDepthLimit } from '../errors/json-depth';
import { securityHeaders } from '../http/security-headers';
import { textHygiene } from '../http/text-hygiene';
import { ProblemDetailsFilter } from '../errors/problem-details.filter';
import { createValidationPipe } from '../errors/validation';
import { createLogger } from '../logging/create-logger';
import { requestIdMiddleware } from '../logging/request-id';
import { createMetricsRegistry, httpMetricsMiddleware } from '../metrics/metrics-registry';
import { setupOpenApi, type OpenApiOptions } from '../openapi/setup-openapi';
import { PlatformModule } from '../platform.module';
import { ROOT_LOGGER } from '../platform.tokens';
import { SHUTDOWN_SIGNALS } from './graceful-shutdown';

export interface BootstrapServiceOptions<C extends BaseServiceConfig = BaseServiceConfig> {
  /** Kebab-case service name: log lines, metrics label, OpenAPI title, default Mongo database. */
  name: string;
  /** The service's AppModule; it does not import PlatformModule (done here). */
  rootModule: Type<unknown> | DynamicModule;
  /** PORT when the environment sets none (docs/architecture.md#what-runs: 3001-3005). */
  defaultPort: number;
  /** The service's config class (extends BaseServiceConfig); BaseServiceConfig when omitted. */
  config?: new () => C;
  /** Environment to read instead of process.env (tests). */
  env?: NodeJS.ProcessEnv;
  /** Overrides PORT; 0 picks a free port (tests). */
  port?: number;
  /** Interface to listen on; all interfaces when omitted. */
  host?: string;
  /** Where log lines go instead of stdout (tests read them). */
  logDestination?: DestinationStream;
  openApi?: OpenApiOptions;
  /** Handle SIGTERM/SIGINT with graceful shutdown (default true; in-process tests pass false). */
  handleSignals?: boolean;
  /**
   * Nest's preview mode: the modules and routes are read, nothing is instantiated or connected
   * (for reading the OpenAPI document without the servers; never listen on such an app).
   */
  preview?: boolean;
}

class ServiceHostModule {}

/**
 * Builds the application without listening: config validated, pino logger, security headers
 * (helmet), request ids, metrics, problem+json errors, validation pipe, OpenAPI, shutdown hooks.
 */
export async function createServiceApp<C extends BaseServiceConfig>(
  options: BootstrapServiceOptions<C>,
): Promise<INestApplication> {
  const configClass = (options.config ?? BaseServiceConfig) as new () => C;
  const config = loadServiceConfig(configClass, { serviceName: options.name, defaultPort: options.defaultPort }, options.env);
  if (options.port !== undefined) config.PORT = options.port;
  const logger = createLogger({ service: options.name, level: config.LOG_LEVEL, destination: options.logDestination });
  const metricsRegistry = createMetricsRegistry(options.name);
  const handleSignals = options.handleSignals ?? true;

  const app = await NestFactory.create<NestExpressApplication>(
    {
      module: ServiceHostModule,
      imports: [
        PlatformModule.forRoot({ serviceName: options.name, config, logger, metricsRegistry, handleSignals }),
        options.rootModule,
      ],
    },
    { bufferLogs: true, abortOnError: false, bodyParser: false, ...(options.preview ? { preview: true, logger: false } : {}) },
  );
  if (!options.preview) app.useLogger(app.get(NestPinoLogger));
  app.disable('x-powered-by');
  app.use(securityHeaders());
  app.use(requestIdMiddleware);
  app.use(httpMetricsMiddleware(metricsRegistry));
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  app.use(bodyParserErrorMapper);
  app.use(jsonDepthLimit);
  app.use(textHygiene);
  app.useGlobalFilters(new ProblemDetailsFilter(logger));
  app.useGlobalPipes(createValidationPipe());
  if (handleSignals) app.enableShutdownHooks([...SHUTDOWN_SIGNALS]);
  setupOpenApi(app, options.name, options.openApi);
  return app;
}

/** `createServiceApp`, then listen on PORT and log `service ready`. Rejects on any start-up failure. */
export async function bootstrapService<C extends BaseServiceConfig>(
  options: BootstrapServiceOptions<C>,
): Promise<INestApplication> {
  const app = await createServiceApp(options);
  const config = app.get(BaseServiceConfig);
  try {
    if (options.host) await app.listen(config.PORT, options.host);
    else await app.listen(config.PORT);
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
  const { port } = app.getHttpServer().address() as AddressInfo;
  app.get<Logger>(ROOT_LOGGER).info({ port }, 'service ready');
  return app;
}

/**
 * For `main.ts`: `void runService({ name, rootModule, defaultPort })`. A start-up failure
 * (invalid configuration, port taken, a module failing to initialise) is logged as one
 * fatal line and the process exits 1.
 */
export async function runService<C extends BaseServiceConfig>(options: BootstrapServiceOptions<C>): Promise<INestApplication> {
  try {
    return await bootstrapService(options);
  } catch (error) {
    const logger = createLogger({ service: options.name, destination: options.logDestination });
    if (error instanceof ConfigValidationError) logger.fatal({ problems: error.problems }, error.message);
    else logger.fatal({ err: error }, 'service failed to start');
    process.exit(1);
  }
}
