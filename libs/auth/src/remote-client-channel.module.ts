import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { BaseServiceConfig, SERVICE_NAME } from '@career/platform';
import { CLIENT_RESOLVER, RemoteClientResolver } from './client-resolution';
import { ServiceTokenSource } from './service-token-source';

/** Where client-intake listens, as a service's configuration names it (`CLIENT_INTAKE_URL`). */
export interface ClientIntakeLocation {
  CLIENT_INTAKE_URL: string;
  /** Per call; the resolver's own default (5 s) when the service has no such variable. */
  DEPENDENCY_TIMEOUT_MS?: number;
}

/**
 * The client's own channel in a service other than client-intake: `@Me()` routes resolve the
 * signed-in person over client-intake's internal API (`RemoteClientResolver`, a service token of
 * the person's organisation). Import once in the root module with the service's config class;
 * global, so every feature module's `@Me()` controllers find `CLIENT_RESOLVER`.
 */
@Module({})
export class RemoteClientChannelModule {
  static forService(config: Type<BaseServiceConfig & ClientIntakeLocation>): DynamicModule {
    return {
      module: RemoteClientChannelModule,
      global: true,
      providers: [
        {
          provide: CLIENT_RESOLVER,
          inject: [config, SERVICE_NAME],
          useFactory: (settings: BaseServiceConfig & ClientIntakeLocation, serviceName: string) =>
            new RemoteClientResolver(settings.CLIENT_INTAKE_URL, ServiceTokenSource.fromConfig(settings, serviceName), settings.DEPENDENCY_TIMEOUT_MS),
        },
      ],
      exports: [CLIENT_RESOLVER],
    };
  }
}
