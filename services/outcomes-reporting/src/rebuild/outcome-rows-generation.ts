import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { EventStore } from '@career/event-sourcing';
import { EVENT_STORE } from '@career/event-store';
import { HealthRegistry, KeepTrying, ROOT_LOGGER } from '@career/platform';
import { ProjectionRunner } from '@career/projections';
import { CHECKPOINT_STORE, type ResettableCheckpointStore } from '@career/platform';
import type { Logger } from 'pino';
import { OUTCOME_CATEGORY } from '../outcome/outcome.events';
import { INITIAL_GENERATION, type ParticipantCollections } from '../participants/participant-collections';
import { ParticipantReadModels } from '../participants/participant-read-models';
import { outcomeRowProjection } from './outcome-row.projection';

export const OUTCOME_ROWS_PROJECTION = 'outcomes-reporting.outcome-rows';

/** Checkpoint name of a generation's outcome-row projection. */
export function outcomeRowsCheckpointOf(generation: string): string {
  return generation === INITIAL_GENERATION ? OUTCOME_ROWS_PROJECTION : `${OUTCOME_ROWS_PROJECTION}.${generation}`;
}

/**
 * Runs the outcome-row projection of the live generation, started in the background so the
 * service boots while MongoDB is down. A rebuild starts a second runner for its new
 * generation (`startFresh`), and `replaceLive` retires the old one after the swap.
 */
@Injectable()
export class OutcomeRowRunners implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private live: ProjectionRunner | undefined;
  private readonly starter: KeepTrying;
  private readonly logger: Logger;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CHECKPOINT_STORE) private readonly checkpoints: ResettableCheckpointStore,
    private readonly models: ParticipantReadModels,
    private readonly health: HealthRegistry,
    @Inject(ROOT_LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'projection' });
    this.starter = new KeepTrying({ name: OUTCOME_ROWS_PROJECTION, logger: this.logger });
  }

  runnerFor(collections: ParticipantCollections): ProjectionRunner {
    return new ProjectionRunner({
      name: outcomeRowsCheckpointOf(collections.generation),
      store: this.store,
      checkpoints: this.checkpoints,
      categories: [OUTCOME_CATEGORY],
      projection: outcomeRowProjection(collections.outcomes),
      logger: this.logger,
    });
  }

  /** A runner for a new generation: replays the whole history into its empty collection, then follows live. */
  async startFresh(collections: ParticipantCollections): Promise<ProjectionRunner> {
    const runner = this.runnerFor(collections);
    await runner.rebuild();
    return runner;
  }

  /** Waits until `fresh` has applied at least what the live runner has. */
  async caughtUp(fresh: ProjectionRunner, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const live = this.live?.health().checkpoint ?? -1;
      if ((fresh.health().checkpoint ?? -1) >= live) return;
      if (Date.now() > deadline) throw new Error(`the rebuilt outcome rows did not catch up with the live ones in ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** After the swap: the fresh runner is the live one; the old one stops and forgets its checkpoint. */
  async replaceLive(fresh: ProjectionRunner, oldGeneration: string): Promise<void> {
    const old = this.live;
    this.live = fresh;
    await old?.stop();
    await this.checkpoints.reset(outcomeRowsCheckpointOf(oldGeneration));
  }

  liveHealth() {
    return this.live?.health();
  }

  onApplicationBootstrap(): void {
    this.health.register('projections', async () => {
      const state = this.live?.health();
      if (!state || state.status === 'failed' || state.status === 'idle') throw new Error(`outcome rows projection ${state?.status ?? 'not started'}`);
    });
    this.starter.start(async () => {
      const runner = this.runnerFor(await this.models.active());
      await runner.start();
      this.live = runner;
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.starter.stop();
    await this.live?.stop();
  }
}
