import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ROOT_LOGGER } from '@career/platform';
import type { Model } from 'mongoose';
import type { Logger } from 'pino';
import { RunGuidanceProcessCommand } from '../guidance-process/commands/guidance-process.command';
import type { GuidanceProcessResult } from '../guidance-process/commands/guidance-process.handler';
import { PROCESS_SUMMARY_MODEL, type ProcessSummaryDocument } from '../guidance-process/projections/process-summary.schema';
import { SchedulingConfig } from '../scheduling.config';
import { CLOCK, type Clock } from '../shared/clock';
import { systemContext } from '../shared/system-context';

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
    @Inject(PROCESS_SUMMARY_MODEL) private readonly processes: Model<ProcessSummaryDocument>,
    private readonly commands: CommandBus,
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
    const due = await this.processes
      .find({ status: 'Open', phase: 'initial-assessment', overdueFrom: { $lte: now.toISOString() }, overdueAnnouncedAt: { $exists: false } }, { _id: 1, organisation: 1 })
      .lean();
    let announced = 0;
    for (const process of due) {
      try {
        const context = systemContext({ organisation: process.organisation, now, actor: { id: 'overdue-check', role: 'system' }, causationId: `overdue-check:${now.toISOString()}` });
        const command = new RunGuidanceProcessCommand(process._id, { type: 'CheckOverdue', data: {}, metadata: { now } }, context);
        const result = await this.commands.execute<RunGuidanceProcessCommand, GuidanceProcessResult>(command);
        announced += result.newEvents.length > 0 ? 1 : 0;
      } catch (error) {
        // One process failing must not stop the sweep; the next sweep tries it again.
        this.logger.error({ processId: process._id, err: { name: (error as Error).name, message: (error as Error).message } }, 'overdue check failed');
      }
    }
    if (announced > 0) this.logger.info({ checked: due.length, announced }, 'initial assessments announced overdue');
    return { checked: due.length, announced };
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.sweep(this.clock.now())
      .catch((error: unknown) => this.logger.error({ err: { name: (error as Error).name, message: (error as Error).message } }, 'overdue sweep failed'))
      .finally(() => {
        this.running = undefined;
      });
  }
}
