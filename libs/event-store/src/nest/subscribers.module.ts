import { Global, Module, type OnModuleInit } from '@nestjs/common';
import { HealthRegistry } from '@career/platform';
import { SubscriberRegistry } from './subscriber-registry';
import { SubscribersController } from './subscribers.controller';

/**
 * The service's subscriber registry (global: the relay and projection modules register in it),
 * its readiness check and the operators' endpoints under /api/v1/admin.
 */
@Global()
@Module({
  controllers: [SubscribersController],
  providers: [SubscriberRegistry],
  exports: [SubscriberRegistry],
})
export class SubscribersModule implements OnModuleInit {
  constructor(
    private readonly registry: SubscriberRegistry,
    private readonly health: HealthRegistry,
  ) {}

  onModuleInit(): void {
    this.health.register('subscribers', async () => this.registry.assertReady());
  }
}
