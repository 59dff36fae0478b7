import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { addYears, helsinkiDate } from '@career/calendar';
import { DomainError, SYSTEM_ACCESS, type Actor, type CommandSideOf } from '@career/event-sourcing';
import type { Model } from 'mongoose';
import { ClientIntakeConfig } from '../../client-intake.config';
import { client } from '../domain/client.aggregate';
import { DataKeyShredder } from '../personal-data/data-key-shredder';
import { CLIENT_ROW_MODEL, type ClientRow } from '../read-models/client-row.schema';

export interface RetentionRun {
  /** The instant the run took as "now". */
  now: string;
  retentionYears: number;
  destroyed: string[];
  /** Candidates the decider refused (re-entered meanwhile, retention not quite over, ...): code per client. */
  skipped: { clientId: string; code: string }[];
  failed: number;
}

export interface RetentionRunOptions {
  now: Date;
  /** Only this organisation's clients (an administrator's run); all when omitted. */
  organisation?: string;
  actor?: Actor;
}

/** Who destroys data when nobody asked: the job itself. */
export const RETENTION_ACTOR: Actor = { id: 'client-intake.retention', role: 'system' };
const BATCH = 200;

/**
 * Destroys personal data whose retention has ended (RETENTION_YEARS_AFTER_EXIT after the last
 * exit): every RETENTION_JOB_INTERVAL_MS (unref'd timer, so it never keeps the process alive;
 * stopped, and the run in hand awaited, before shutdown) and on demand (runOnce, with `now`
 * injectable for tests). Candidates come from the `clients` read model; the decider decides
 * on the client's stream, so a client who re-entered after the read model was built is refused
 * and skipped, never destroyed.
 */
@Injectable()
export class RetentionJob implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(RetentionJob.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<RetentionRun> | undefined;

  constructor(
    private readonly config: ClientIntakeConfig,
    @Inject(client.token) private readonly clients: CommandSideOf<typeof client>,
    private readonly shredder: DataKeyShredder,
    @Inject(CLIENT_ROW_MODEL) private readonly rows: Model<ClientRow>,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.RETENTION_JOB_INTERVAL_MS <= 0) return;
    this.timer = setInterval(() => {
      if (this.running) return; // the previous run is still going
      this.runOnce({ now: new Date() }).catch((error: unknown) =>
        this.logger.error(`retention run failed: ${error instanceof Error ? error.message : String(error)}`),
      );
    }, this.config.RETENTION_JOB_INTERVAL_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  /** One run; concurrent calls share the run in progress. */
  runOnce(options: RetentionRunOptions): Promise<RetentionRun> {
    this.running ??= this.run(options).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async run({ now, organisation, actor = RETENTION_ACTOR }: RetentionRunOptions): Promise<RetentionRun> {
    const years = this.config.RETENTION_YEARS_AFTER_EXIT;
    // A superset of the clients whose retention has ended (exit + years < today); the decider
    // applies the exact rule (month ends, leap days).
    const latestExit = addYears(helsinkiDate(now), -years);
    const result: RetentionRun = { now: now.toISOString(), retentionYears: years, destroyed: [], skipped: [], failed: 0 };
    let after = '';
    for (;;) {
      const candidates = await this.rows
        .find({ status: 'exited', lastExitDate: { $lte: latestExit }, ...(organisation ? { organisation } : {}), _id: { $gt: after } })
        .sort({ _id: 1 })
        .limit(BATCH)
        .select({ _id: 1, organisation: 1 })
        .lean();
      if (candidates.length === 0) break;
      for (const candidate of candidates) {
        after = candidate._id;
        await this.destroy(candidate, now, actor, years, result);
      }
    }
    if (result.destroyed.length + result.skipped.length + result.failed > 0) {
      this.logger.log(`retention run: ${result.destroyed.length} destroyed, ${result.skipped.length} skipped, ${result.failed} failed`);
    }
    return result;
  }

  private async destroy(candidate: Pick<ClientRow, '_id' | 'organisation'>, now: Date, actor: Actor, years: number, result: RetentionRun): Promise<void> {
    const id = randomUUID();
    const context = { actor, organisation: candidate.organisation, correlationId: id, causationId: id, now };
    try {
      // The job acts for every organisation; the client's own organisation goes into the audit trail.
      const { newEvents } = await this.clients.handle(
        candidate._id,
        { type: 'DestroyPersonalData', data: { reason: 'retention-ended', retentionYears: years }, metadata: { now } },
        { context, access: SYSTEM_ACCESS },
      );
      await this.shredder.afterCommand(candidate._id, newEvents);
      result.destroyed.push(candidate._id);
    } catch (error) {
      if (error instanceof DomainError) {
        result.skipped.push({ clientId: candidate._id, code: error.code });
        return;
      }
      result.failed++;
      this.logger.error(`retention: client ${candidate._id} not destroyed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
