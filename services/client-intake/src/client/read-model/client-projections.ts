import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { EventStore } from '@career/event-sourcing';
import { EVENT_STORE } from '@career/event-store';
import { HealthRegistry, KeepTrying, ROOT_LOGGER, SERVICE_NAME } from '@career/platform';
import { ProjectionRunner } from '@career/projections';
import { CHECKPOINT_STORE, type ResettableCheckpointStore } from '@career/platform';
import type { Model } from 'mongoose';
import type { Logger } from 'pino';
import { CLIENT_CATEGORY } from '../client.events';
import { DataKeyShredder } from '../personal-data/data-key-shredder';
import { personalDataDestructionProjection } from '../personal-data/personal-data-destruction.projection';
import { CLIENT_ROW_MODEL, type ClientRow } from './client-row.schema';
import { clientsProjection } from './clients.projection';

/**
 * Runs client-intake's projections from its own event store for the application's lifetime:
 * the `clients` read model and the destruction recovery. Started in the background once the
 * application is up (retried while MongoDB is down), stopped before shutdown after the batch
 * in hand is applied and checkpointed.
 */
@Injectable()
export class ClientProjections implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly clients: ProjectionRunner;
  readonly destruction: ProjectionRunner;
  private readonly started = new Set<ProjectionRunner>();
  private readonly starter: KeepTrying;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(CHECKPOINT_STORE) checkpoints: ResettableCheckpointStore,
    @Inject(CLIENT_ROW_MODEL) rows: Model<ClientRow>,
    @Inject(SERVICE_NAME) serviceName: string,
    @Inject(ROOT_LOGGER) logger: Logger,
    shredder: DataKeyShredder,
    private readonly health: HealthRegistry,
  ) {
    const common = { store, checkpoints, categories: [CLIENT_CATEGORY], logger: logger.child({ component: 'projections' }) };
    this.clients = new ProjectionRunner({ ...common, name: `${serviceName}.clients`, projection: clientsProjection(rows) });
    this.destruction = new ProjectionRunner({
      ...common,
      name: `${serviceName}.personal-data-destruction`,
      projection: personalDataDestructionProjection(shredder),
    });
    this.starter = new KeepTrying({ name: 'projections', logger });
  }

  onApplicationBootstrap(): void {
    this.health.register('projections', async () => {
      for (const runner of [this.clients, this.destruction]) {
        const { name, status, lastError } = runner.health();
        if (!this.started.has(runner) || status === 'failed') throw new Error(`${name} ${status}${lastError ? `: ${lastError}` : ''}`);
      }
    });
    this.starter.start(async () => {
      for (const runner of [this.clients, this.destruction]) {
        if (this.started.has(runner)) continue;
        await runner.start();
        this.started.add(runner);
      }
    });
  }

  /** Drops the `clients` read model and replays it from the event store (run in one instance only). */
  async rebuildClients(): Promise<void> {
    await this.clients.rebuild();
    this.started.add(this.clients);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.starter.stop();
    await Promise.all([...this.started].map((runner) => runner.stop()));
  }
}
