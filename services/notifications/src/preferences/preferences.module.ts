import { Module } from '@nestjs/common';
import { CLIENT_RESOLVER, RemoteClientResolver, ServiceTokenSource } from '@career/auth';
import { CommandSideModule } from '@career/event-store';
import { InternalApiClientsModule } from '../internal-api-clients/internal-api-clients.module';
import { KnownClientsModule } from '../known-clients/known-clients.module';
import { NotificationsConfig } from '../notifications.config';
import { notificationPreferences } from './domain/preferences.aggregate';
import { PreferencesController } from './http/preferences.controller';

const commandSide = CommandSideModule.forAggregates([notificationPreferences]);

/** The clients' channel choices; the client's own routes resolve the person through client-intake. */
@Module({
  imports: [commandSide, KnownClientsModule, InternalApiClientsModule],
  controllers: [PreferencesController],
  providers: [
    {
      provide: CLIENT_RESOLVER,
      inject: [NotificationsConfig, ServiceTokenSource],
      useFactory: (config: NotificationsConfig, tokens: ServiceTokenSource) => new RemoteClientResolver(config.CLIENT_INTAKE_URL, tokens, config.DEPENDENCY_TIMEOUT_MS),
    },
  ],
  exports: [commandSide],
})
export class PreferencesModule {}
