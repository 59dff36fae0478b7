import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { KAFKA } from '@career/messaging';
import { errorField, ROOT_LOGGER, SERVICE_NAME } from '@career/platform';
import { type ProjectionRunner } from '@career/projections';
import { CHECKPOINT_STORE, type ResettableCheckpointStore } from '@career/platform';
import type { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { helsinkiToday } from '../outcome/calendar-date';
import { OutcomeRowRunners, outcomeRowsCheckpointOf } from '../outcome-rows/outcome-row-runners';
import { OutcomesReportingConfig } from '../outcomes-reporting.config';
import { CONSUMED_TOPICS } from '../participants/consumed-topics';
import type { ParticipantCollections } from '../participants/participant-collections';
import { ParticipantFeed } from '../participants/participant-feed';
import { ParticipantReadModels } from '../participants/participant-read-models';
import { ParticipantRowsReader } from '../participants/participant-rows.reader';
import { figuresChecksum, type FiguresChecksum } from './figures-checksum';
import { TopicReplay } from './topic-replay';

/** Whose figures the checksums cover (the rebuild itself is always of everything). */
export interface RebuildScope {
  organisation?: string;
}

export interface RebuildResult {
  generation: { previous: string; current: string };
  scope: RebuildScope;
  /** The figures of the read model that was live, and of the rebuilt one, as of the same day. */
  before: FiguresChecksum;
  after: FiguresChecksum;
  /** Rows and figures identical: the read model was what the events say. */
  identical: boolean;
  replayed: { kafkaEvents: number; kafkaSkipped: number; outcomeEvents: number };
  durationMs: number;
}

/**
 * POST /api/v1/reports/rebuild: the read models again from the events, into fresh collections,
 * swapped in when complete; the live ones serve until then (and stay if anything fails).
 *
 * 1. Outcome rows: a new ProjectionRunner replays this service's outcome streams from the
 *    event store into the new generation, then follows live.
 * 2. Participant rows: every consumed topic read again from the beginning with a fresh consumer
 *    group (the topics keep their history: retention.ms=-1, see libs/messaging provisionTopics).
 * 3. Once the replay, and the live consumer too, have read to the topics' ends, the live
 *    consumer is held between two messages, the replay reads what arrived meanwhile, both
 *    generations are measured (the checksums), and the generation pointer moves. The live
 *    consumer then writes into the new collections (events the replay already applied are
 *    recognised by id). The old collections are dropped.
 *
 * One rebuild at a time, in one instance (FerretDB: one writer per document).
 */
@Injectable()
export class RebuildService {
  private running = false;
  private readonly logger: Logger;

  constructor(
    private readonly models: ParticipantReadModels,
    private readonly feed: ParticipantFeed,
    private readonly reader: ParticipantRowsReader,
    private readonly runners: OutcomeRowRunners,
    @Inject(CHECKPOINT_STORE) private readonly checkpoints: ResettableCheckpointStore,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(SERVICE_NAME) private readonly serviceName: string,
    private readonly config: OutcomesReportingConfig,
    @Inject(ROOT_LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'rebuild' });
  }

  async rebuild(now: Date, scope: RebuildScope = {}): Promise<RebuildResult> {
    if (this.running) throw new ConflictException('A rebuild is already running.');
    this.running = true;
    try {
      return await this.run(now, scope);
    } finally {
      this.running = false;
    }
  }

  private async checksumOf(collections: ParticipantCollections, scope: RebuildScope, asOf: string): Promise<FiguresChecksum> {
    return figuresChecksum((await this.reader.rows(scope, collections)).rows, asOf);
  }

  private async run(now: Date, scope: RebuildScope): Promise<RebuildResult> {
    const started = Date.now();
    const asOf = helsinkiToday(now);
    const old = await this.models.active();
    const generation = `g${Date.now().toString(36)}`;
    const liveGroup = this.config.KAFKA_GROUP_ID ?? this.serviceName;
    this.logger.info({ previous: old.generation, generation }, 'rebuild started');

    let runner: ProjectionRunner | undefined;
    const fresh = this.models.collectionsOf(generation);
    const replay = new TopicReplay({
      kafka: this.kafka,
      groupId: `${liveGroup}.rebuild.${generation}`,
      topics: CONSUMED_TOPICS,
      apply: (event) => this.feed.apply(fresh, event),
      logger: this.logger,
    });
    const timeoutMs = this.config.REBUILD_TIMEOUT_MS;
    let before: FiguresChecksum;
    let after: FiguresChecksum;
    try {
      runner = await this.runners.startFresh(fresh);
      await replay.start();
      await replay.reach(await replay.ends(), timeoutMs);
      // Compare like with like: the live read model has read as far as the replay, and the
      // new outcome projection as far as the live one, before both are measured.
      await replay.liveGroupReached(liveGroup, await replay.ends(), timeoutMs);
      await this.feed.gate.close();
      try {
        await replay.reach(await replay.ends(), timeoutMs);
        await this.runners.caughtUp(runner, timeoutMs);
        before = await this.checksumOf(old, scope, asOf);
        after = await this.checksumOf(fresh, scope, asOf);
        await this.models.activate(generation);
      } finally {
        this.feed.gate.open();
      }
    } catch (error) {
      this.logger.error({ generation, err: errorField(error) }, 'rebuild abandoned; the live read model stays');
      await replay.stop();
      await runner?.stop();
      await this.checkpoints.reset(outcomeRowsCheckpointOf(generation));
      await this.models.drop(generation);
      throw error;
    }
    await replay.stop();
    await this.runners.replaceLive(runner, old.generation);
    await this.models.drop(old.generation);
    const result: RebuildResult = {
      generation: { previous: old.generation, current: generation },
      scope,
      before,
      after,
      identical: before.rowsSha256 === after.rowsSha256 && before.figuresSha256 === after.figuresSha256,
      replayed: { kafkaEvents: replay.applied, kafkaSkipped: replay.skipped, outcomeEvents: runner.health().applied },
      durationMs: Date.now() - started,
    };
    this.logger.info({ ...result.generation, identical: result.identical, durationMs: result.durationMs }, 'rebuild finished');
    return result;
  }
}
