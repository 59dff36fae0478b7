import { Inject, Injectable } from '@nestjs/common';
import type { EventStore, ParkedEventStore } from '@career/event-sourcing';
import { EVENT_STORE } from '@career/event-store';
import { BaseServiceConfig, CHECKPOINT_STORE, PARKED_EVENT_STORE, ROOT_LOGGER, type ResettableCheckpointStore } from '@career/platform';
import { ProjectionRunner, ProjectionRunners } from '@career/projections';
import type { Logger } from 'pino';
import { OUTCOME_CATEGORY } from '../outcome/domain';
import { liveOutcomeRows, outcomeRowsProjection } from '../participants/read-models/outcome-rows.projection';
import type { ParticipantCollections } from '../participants/read-models/participant-collections';

/**
 * The outcome rows of a generation a rebuild builds, beside the live ones.
 *
 * Why not ProjectionRunners.rebuild: it drops the live collection and replays into it, so
 * the reports would read half a read model meanwhile, and a failed rebuild would leave it
 * that way. The participant rows are rebuilt as a whole generation in fresh collections
 * (src/rebuild) and swapped in only when complete. So the declared projection
 * (`outcomes-reporting.outcome-rows`, ProjectionsModule: readiness, operators, parking) always
 * writes into the active generation, and this runs a second, undeclared runner for the new
 * generation: it replays the outcome streams into it, then follows live until the swap. At the
 * swap the live runner is held (stopped after the batch in hand), the new one retires, and the
 * live one follows on from its own checkpoint, now into the new generation; the events it
 * sees again are no-ops there (revision guard). One writer per collection at any time.
 */
@Injectable()
export class OutcomeRowsGeneration {
  private readonly logger: Logger;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CHECKPOINT_STORE) private readonly checkpoints: ResettableCheckpointStore,
    @Inject(PARKED_EVENT_STORE) private readonly parked: ParkedEventStore,
    private readonly runners: ProjectionRunners,
    private readonly config: BaseServiceConfig,
    @Inject(ROOT_LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'projection' });
  }

  private get live(): ProjectionRunner {
    return this.runners.get(liveOutcomeRows.name);
  }

  /** The new generation's runner: checkpoint `outcomes-reporting.outcome-rows.<generation>`, as before. */
  private nameOf(generation: string): string {
    return `${this.live.name}.${generation}`;
  }

  /** Replays the whole history into the generation's empty collection, then follows live. */
  async build(collections: ParticipantCollections): Promise<ProjectionRunner> {
    const liveName = this.live.name;
    // What operators parked for the live projection is passed over here too: the rebuilt rows must equal the live ones.
    const parkedOfLive: ParkedEventStore = {
      park: (event) => this.parked.park(event),
      parkedIds: () => this.parked.parkedIds(liveName),
      list: (subscriber) => this.parked.list(subscriber),
    };
    const runner = new ProjectionRunner({
      name: this.nameOf(collections.generation),
      store: this.store,
      checkpoints: this.checkpoints,
      parked: parkedOfLive,
      categories: [OUTCOME_CATEGORY],
      projection: outcomeRowsProjection(async () => collections.outcomes, [collections.outcomes]),
      logger: this.logger,
      stuckAfterMs: this.config.SUBSCRIBER_STUCK_AFTER_MS,
    });
    await runner.rebuild();
    return runner;
  }

  /** Holds the live runner after the batch in hand: nothing writes the live outcome rows until release. False when it was not running. */
  async holdLive(): Promise<boolean> {
    if (!this.live.subscriber.running) return false;
    await this.live.stop();
    return true;
  }

  async releaseLive(held: boolean): Promise<void> {
    if (held) await this.live.start();
  }

  /** Waits until `fresh` has applied at least what the (held) live runner has. */
  async caughtUp(fresh: ProjectionRunner, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const live = this.live.health().checkpoint ?? -1;
      if ((fresh.health().checkpoint ?? -1) >= live) return;
      if (Date.now() > deadline) throw new Error(`the rebuilt outcome rows did not catch up with the live ones in ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Stops a generation's runner (after the swap, or when the rebuild is abandoned) and forgets its checkpoint. */
  async retire(generation: string, runner: ProjectionRunner | undefined): Promise<void> {
    await runner?.stop();
    await this.checkpoints.reset(this.nameOf(generation));
  }
}
