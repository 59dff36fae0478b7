import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { SYSTEM_ACCESS, type CommandSideContext, type CommandSideOf } from '@career/event-sourcing';
import { CLOCK, errorField, ROOT_LOGGER, type Clock } from '@career/platform';
import type { Model } from 'mongoose';
import type { Logger } from 'pino';
import { guidanceProcess } from '../guidance-process/domain/guidance-process.aggregate';
import { PROCESS_SUMMARY_MODEL, type ProcessSummaryDocument } from '../guidance-process/read-models/process-summary.schema';
import { SchedulingConfig } from '../scheduling.config';

export interface SweepResult {
  checked: number;
  announced: number;
}

/**
 * Past week 5 an uncompleted initial assessment is overdue and the advisor is told
 * (InitialAssessmentOverdue, published). Time never enters the decider by itself, so this job
 * sends CheckOverdue with its `now` to every open process whose overdue moment has passed
 * and that has not been announced; the decider announces each process once, however many
 * sweeps (or instances) see it.
 */
@Injectable()
export class OverdueCheckJob implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    @Inject(PROCESS_SUMMARY_MODEL) private readonly summaries: Model<ProcessSummaryDocument>,
    @Inject(guidanceProcess.token) private readonly processes: CommandSideOf<typeof guidanceProcess>,
    private readonly config: SchedulingConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.tick(), this.config.OVERDUE_CHECK_INTERVAL_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One pass at `now` (the interval passes the clock's time; tests and the admin trigger pass their own). */
  async sweep(now: Date): Promise<SweepResult> {
    const due = await this.summaries
      .find({ status: 'Open', phase: 'initial-assessment', overdueFrom: { $lte: now.toISOString() }, overdueAnnouncedAt: { $exists: false } }, { _id: 1, organisation: 1 })
      .lean();
    let announced = 0;
    const sweep = `overdue-check:${now.toISOString()}`;
    for (const process of due) {
      try {
        // The service's own work: every organisation's process is visible, the event is audited as the job's.
        const context: CommandSideContext = { actor: { id: 'overdue-check', role: 'system' }, organisation: process.organisation, correlationId: sweep, causationId: sweep, now };
        const result = await this.processes.handle(process._id, { type: 'CheckOverdue', data: {}, metadata: { now } }, { context, access: SYSTEM_ACCESS });
        announced += result.newEvents.length > 0 ? 1 : 0;
      } catch (error) {
        // One process failing must not stop the sweep; the next sweep tries it again.
        this.logger.error({ processId: process._id, err: errorField(error) }, 'overdue check failed');
      }
    }
    if (announced > 0) this.logger.info({ checked: due.length, announced }, 'initial assessments announced overdue');
    return { checked: due.length, announced };
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.sweep(this.clock.now())
      .catch((error: unknown) => this.logger.error({ err: errorField(error) }, 'overdue sweep failed'))
      .finally(() => {
        this.running = undefined;
      });
  }
}
