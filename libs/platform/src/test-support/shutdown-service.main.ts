import { Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { runService } from '../bootstrap/bootstrap-service';

/**
 * A service process for the graceful-shutdown test: its one provider takes
 * FIXTURE_SHUTDOWN_HOOK_MS to "leave its consumer group" when the application shuts down.
 */
@Injectable()
class SlowConsumer implements OnApplicationShutdown {
  async onApplicationShutdown(signal?: string): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, Number(process.env.FIXTURE_SHUTDOWN_HOOK_MS ?? '0')));
    process.stdout.write(`${JSON.stringify({ msg: 'consumer left its group', signal })}\n`);
  }
}

@Module({ providers: [SlowConsumer] })
class ShutdownFixtureModule {}

void runService({ name: 'shutdown-fixture', rootModule: ShutdownFixtureModule, defaultPort: 0, host: '127.0.0.1' });
