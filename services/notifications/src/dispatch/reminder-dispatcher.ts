import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { CLOCK, errorField, ROOT_LOGGER, type Clock } from '@career/platform';
import type { Model } from 'mongoose';
import type { Logger } from 'pino';
import { NotificationsConfig } from '../notifications.config';
import { REMINDER_ROW_MODEL, type ReminderRowDocument } from '../reminder/read-models/reminder-row.schema';
import { DigestPlanner } from './digest-planner';
import { ReminderSender, type SendOutcome } from './reminder-sender';

export interface DispatchRun {
  now: string;
  looked: number;
  outcomes: Partial<Record<SendOutcome, number>>;
}

/** Reminders looked at per run; the next tick takes the rest. */
const BATCH = 200;

/**
 * The scheduler of the notifications service: every REMINDER_POLL_INTERVAL_MS it takes the time
 * from its clock (never a decider: docs/architecture.md#the-rules), plans today's digests, and
 * gives every reminder that is due (or whose intent's lease ran out, after a crash) to the
 * sender. A restart therefore resumes from the records alone: what fell due while the service was
 * down goes out now, or is recorded as missed when its moment has passed. Runs never overlap.
 */
@Injectable()
export class ReminderDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private stopping = false;
  private busy = false;

  constructor(
    @Inject(REMINDER_ROW_MODEL) private readonly rows: Model<ReminderRowDocument>,
    private readonly sender: ReminderSender,
    private readonly digests: DigestPlanner,
    private readonly config: NotificationsConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.tick(), this.config.REMINDER_POLL_INTERVAL_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearInterval(this.timer);
    await this.queue.catch(() => undefined);
  }

  /** One run at `now` (the timer passes its clock's time; an administrator's run may pass another where allowed). */
  runOnce(now: Date): Promise<DispatchRun> {
    const run = this.queue.catch(() => undefined).then(() => this.run(now));
    this.queue = run;
    return run;
  }

  private tick(): void {
    if (this.busy) return;
    this.busy = true;
    this.runOnce(this.clock.now())
      .catch((error: unknown) => this.logger.error({ err: errorField(error) }, 'reminder run failed'))
      .finally(() => {
        this.busy = false;
      });
  }

  private async run(now: Date): Promise<DispatchRun> {
    await this.digests.planFor(now);
    const due = await this.rows.find({ wakeAt: { $lte: now.toISOString() } }, { _id: 1 }).sort({ wakeAt: 1 }).limit(BATCH).lean();
    const outcomes: DispatchRun['outcomes'] = {};
    for (const { _id } of due) {
      if (this.stopping) break;
      try {
        const outcome = await this.sender.send(_id, now);
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      } catch (error) {
        // One reminder failing (the event store blinked) must not stop the run; its row still says it is due.
        this.logger.error({ reminderId: _id, err: errorField(error) }, 'reminder not handled');
      }
    }
    return { now: now.toISOString(), looked: due.length, outcomes };
  }
}
