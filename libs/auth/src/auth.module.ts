import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { BaseServiceConfig } from '@career/platform';
import { AuthGuard } from './auth.guard';
import { TokenVerifier } from './token-verifier';

/**
 * Bearer-token authentication for every route of the service (import it once in the root
 * module). Settings come from the platform's config (AUTH_JWKS_URL, AUTH_ISSUER,
 * AUTH_AUDIENCE, AUTH_DEV_KEY_PATH), so the application must be started by `bootstrapService`.
 */
@Module({})
export class AuthModule {
  static forRoot(): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      providers: [
        {
          provide: TokenVerifier,
          inject: [BaseServiceConfig],
          useFactory: (config: BaseServiceConfig) => {
            // The config refuses this already; kept here too so no path reaches the dev key in production.
            if (config.NODE_ENV === 'production' && !config.AUTH_JWKS_URL) {
              throw new Error('AUTH_JWKS_URL is required when NODE_ENV=production (the development signing key is refused in production)');
            }
            return TokenVerifier.create({
              jwksUrl: config.AUTH_JWKS_URL,
              issuer: config.AUTH_ISSUER,
              audience: config.AUTH_AUDIENCE,
              devKeyPath: config.AUTH_DEV_KEY_PATH,
              crossOrganisationServices: config.CROSS_ORGANISATION_SERVICES,
            });
          },
        },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [TokenVerifier],
    };
  }
}
