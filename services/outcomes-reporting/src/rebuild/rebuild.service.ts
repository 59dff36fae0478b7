import { Inject, Injectable } from '@nestjs/common';
import { helsinkiDate } from '@career/calendar';
import { KAFKA, routerOf } from '@career/messaging';
import { errorField, ROOT_LOGGER, SERVICE_NAME } from '@career/platform';
import type { ProjectionRunner } from '@career/projections';
import type { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { participantConsumers } from '../integration/participant-consumers';
import { OutcomesReportingConfig } from '../outcomes-reporting.config';
import { refuse } from '../outcomes-reporting.errors';
import type { ParticipantCollections } from '../participants/read-models/participant-collections';
import { ParticipantFeed } from '../participants/read-models/participant-feed';
import { ParticipantReadModels } from '../participants/read-models/participant-read-models';
import { ParticipantRowsReader } from '../participants/read-models/participant-rows.reader';
import { figuresChecksum, type FiguresChecksum } from './figures-checksum';
import { OutcomeRowsGeneration } from './outcome-rows-generation';
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
 * 1. Outcome rows: a runner of the new generation replays this service's outcome streams from
 *    the event store into it, then follows live (OutcomeRowsGeneration).
 * 2. Participant rows: every consumed topic read again from the beginning with a fresh consumer
 *    group (the topics keep their history: retention.ms=-1, see libs/messaging provisionTopics),
 *    through the same consumers as live (src/integration), writing into the new generation.
 * 3. Once the replay, and the live consumer too, have read to the topics' ends, the live
 *    consumer and the live outcome rows are held, the replay reads what arrived meanwhile, both
 *    generations are measured (the checksums), and the generation pointer moves. The live
 *    consumer then writes into the new collections (what the replay already applied is
 *    written again to the same value); the live outcome rows follow on there once the new
 *    generation's runner has stopped. The old collections are dropped.
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
    private readonly outcomeRows: OutcomeRowsGeneration,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(SERVICE_NAME) private readonly serviceName: string,
    private readonly config: OutcomesReportingConfig,
    @Inject(ROOT_LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'rebuild' });
  }

  async rebuild(now: Date, scope: RebuildScope = {}): Promise<RebuildResult> {
    if (this.running) throw refuse('REBUILD.ALREADY_RUNNING');
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
    const asOf = helsinkiDate(now);
    const old = await this.models.active();
    const generation = `g${Date.now().toString(36)}`;
    const liveGroup = this.config.KAFKA_GROUP_ID ?? this.serviceName;
    this.logger.info({ previous: old.generation, generation }, 'rebuild started');

    const fresh = this.models.collectionsOf(generation);
    const router = routerOf(participantConsumers(this.feed.into(fresh)));
    const replay = new TopicReplay({
      kafka: this.kafka,
      groupId: `${liveGroup}.rebuild.${generation}`,
      topics: router.topics,
      handle: (event, origin) => router.route(event, origin),
      logger: this.logger,
    });
    const timeoutMs = this.config.REBUILD_TIMEOUT_MS;
    let runner: ProjectionRunner | undefined;
    let held = false;
    let before: FiguresChecksum;
    let after: FiguresChecksum;
    let outcomeEvents: number;
    try {
      runner = await this.outcomeRows.build(fresh);
      await replay.start();
      await replay.reach(await replay.ends(), timeoutMs);
      // Compare like with like: the live read model has read as far as the replay, and the
      // new outcome rows as far as the live ones, before both are measured.
      await replay.liveGroupReached(liveGroup, await replay.ends(), timeoutMs);
      await this.feed.gate.close();
      try {
        held = await this.outcomeRows.holdLive();
        await replay.reach(await replay.ends(), timeoutMs);
        await this.outcomeRows.caughtUp(runner, timeoutMs);
        before = await this.checksumOf(old, scope, asOf);
        after = await this.checksumOf(fresh, scope, asOf);
        outcomeEvents = runner.health().handled;
        await this.models.activate(generation);
      } finally {
        this.feed.gate.open();
      }
    } catch (error) {
      this.logger.error({ generation, err: errorField(error) }, 'rebuild abandoned; the live read model stays');
      await replay.stop();
      await this.outcomeRows.retire(generation, runner);
      await this.outcomeRows.releaseLive(held);
      await this.models.drop(generation);
      throw error;
    }
    await replay.stop();
    // One writer of the new outcome rows at a time: the new generation's runner, then the live one.
    await this.outcomeRows.retire(generation, runner);
    await this.outcomeRows.releaseLive(held);
    await this.models.drop(old.generation);
    const result: RebuildResult = {
      generation: { previous: old.generation, current: generation },
      scope,
      before,
      after,
      identical: before.rowsSha256 === after.rowsSha256 && before.figuresSha256 === after.figuresSha256,
      replayed: { kafkaEvents: replay.applied, kafkaSkipped: replay.skipped, outcomeEvents },
      durationMs: Date.now() - started,
    };
    this.logger.info({ ...result.generation, identical: result.identical, durationMs: result.durationMs }, 'rebuild finished');
    return result;
  }
}
