import { Body, Controller, Get, Headers, Inject, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { accessOf, RequestCtx, Roles, type RequestContext } from '@career/auth';
import type { CommandSideOf } from '@career/event-sourcing';
import { expectedRevisionOf, Idempotent, setETag } from '@career/platform';
import type { Response } from 'express';
import { refuse } from '../../outcomes-reporting.errors';
import { ParticipantRowsReader } from '../../participants/read-models/participant-rows.reader';
import { outcome, type OutcomeEvent } from '../domain';
import { ClientOutcomesQuery, type ClientOutcomes } from '../read-models/client-outcomes.query';
import { outcomeCommandOf } from './outcome-command-of';
import { ClientOutcomesQueryDto, RecordOutcomeDto } from './record-outcome.dto';

export interface RecordOutcomeResponse {
  clientId: string;
  processNumber: number;
  processId: string;
  /** The events recorded: empty for a repeat that changed nothing. */
  recorded: OutcomeEvent['type'][];
  /** The stream's revision after the command (-1: nothing recorded yet). */
  revision: number;
}

/**
 * Outcomes of a client's guidance processes (docs/domain.md#the-process, step 9), recorded by
 * advisors of the client's organisation. The process must be known from client-intake's
 * events first; another organisation's client is 404.
 */
@ApiTags('outcomes')
@ApiBearerAuth()
@Controller('api/v1/outcomes')
@Roles('advisor', 'admin')
export class OutcomesController {
  constructor(
    @Inject(outcome.token) private readonly outcomes: CommandSideOf<typeof outcome>,
    private readonly clientOutcomes: ClientOutcomesQuery,
    private readonly participants: ParticipantRowsReader,
  ) {}

  @Post()
  @Idempotent()
  @ApiHeader({ name: 'If-Match', required: false, description: 'The process revision as last read (GET); a stale one is 412.' })
  @ApiCreatedResponse({ description: 'Recorded; `recorded` lists the events (empty for a repeat that changed nothing). `ETag` = the process revision.' })
  async record(
    @Body() body: RecordOutcomeDto,
    @Headers('if-match') ifMatch: string | undefined,
    @RequestCtx() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RecordOutcomeResponse> {
    const expectedRevision = expectedRevisionOf(ifMatch);
    const processes = await this.participants.processesOf(body.clientId, context.organisation);
    const process = body.processNumber === undefined ? processes.at(-1) : processes.find((p) => p.processNumber === body.processNumber);
    if (!process) throw refuse(body.processNumber === undefined ? 'OUTCOME.CLIENT_NOT_FOUND' : 'OUTCOME.PROCESS_NOT_FOUND');
    const command = outcomeCommandOf(body, { processId: process._id, organisation: context.organisation }, context.now);
    const result = await this.outcomes.handle(process._id, command, { context, access: accessOf(context), expectedRevision });
    setETag(response, result.revision);
    response.setHeader('Location', `/api/v1/outcomes?clientId=${body.clientId}`);
    return {
      clientId: body.clientId,
      processNumber: process.processNumber!,
      processId: process._id,
      recorded: result.newEvents.map((event) => event.type),
      revision: result.revision,
    };
  }

  @Get()
  @ApiOkResponse({ description: "The client's outcomes per process, categories only." })
  list(@Query() query: ClientOutcomesQueryDto, @RequestCtx() context: RequestContext): Promise<ClientOutcomes> {
    return this.clientOutcomes.of(query.clientId, context.organisation);
  }
}
