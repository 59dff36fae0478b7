import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { EventStore } from '@career/event-sourcing';
import { EVENT_STORE } from '@career/event-store';
import { HealthRegistry, KeepTrying, ROOT_LOGGER } from '@career/platform';
import { ProjectionRunner, type Projection, type ProjectionHealth } from '@career/projections';
import { CHECKPOINT_STORE, type ResettableCheckpointStore } from '@career/platform';
import type { Model } from 'mongoose';
import type { Logger } from 'pino';
import { AGENDA_MEETING_MODEL, type AgendaMeetingDocument } from '../advisor-agenda/agenda-meeting.schema';
import { agendaProjection } from '../advisor-agenda/agenda.projection';
import { GROUP_SESSION_CATEGORY } from '../group-session/group-session.events';
import { groupSessionSummaryProjection } from '../group-session/projections/group-session-summary.projection';
import { GROUP_SESSION_SUMMARY_MODEL, type GroupSessionSummaryDocument } from '../group-session/projections/group-session-summary.schema';
import { GUIDANCE_PROCESS_CATEGORY } from '../guidance-process/guidance-process.events';
import { processSummaryProjection } from '../guidance-process/projections/process-summary.projection';
import { PROCESS_SUMMARY_MODEL, type ProcessSummaryDocument } from '../guidance-process/projections/process-summary.schema';

/**
 * Runs the read models from this service's own streams (catch-up subscriptions with
 * checkpoints), started in the background so the service boots while MongoDB is down.
 */
@Injectable()
export class ProjectionsLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly runners: ProjectionRunner[];
  private readonly starters: KeepTrying[];

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(CHECKPOINT_STORE) checkpoints: ResettableCheckpointStore,
    @Inject(PROCESS_SUMMARY_MODEL) processes: Model<ProcessSummaryDocument>,
    @Inject(AGENDA_MEETING_MODEL) agenda: Model<AgendaMeetingDocument>,
    @Inject(GROUP_SESSION_SUMMARY_MODEL) sessions: Model<GroupSessionSummaryDocument>,
    @Inject(ROOT_LOGGER) logger: Logger,
    private readonly health: HealthRegistry,
  ) {
    const projectionLogger = logger.child({ component: 'projection' });
    const runner = (name: string, category: string, projection: Projection) =>
      new ProjectionRunner({ name: `scheduling.${name}`, store, checkpoints, categories: [category], projection, logger: projectionLogger });
    this.runners = [
      runner('guidance-processes', GUIDANCE_PROCESS_CATEGORY, processSummaryProjection(processes)),
      runner('agenda', GUIDANCE_PROCESS_CATEGORY, agendaProjection(agenda)),
      runner('group-sessions', GROUP_SESSION_CATEGORY, groupSessionSummaryProjection(sessions)),
    ];
    this.starters = this.runners.map((r) => new KeepTrying({ name: r.health().name, logger: projectionLogger }));
  }

  onApplicationBootstrap(): void {
    this.health.register('projections', async () => {
      const troubled = this.runners.map((r) => r.health()).filter((h: ProjectionHealth) => h.status === 'failed' || h.status === 'idle');
      if (troubled.length > 0) throw new Error(`projections not running: ${troubled.map((h) => h.name).join(', ')}`);
    });
    this.runners.forEach((runner, i) => this.starters[i].start(() => runner.start()));
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.starters.map((s) => s.stop()));
    await Promise.all(this.runners.map((r, i) => (this.starters[i].done ? r.stop() : Promise.resolve())));
  }
}
