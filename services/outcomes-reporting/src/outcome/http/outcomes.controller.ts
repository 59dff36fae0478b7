import { Body, Controller, Get, Headers, NotFoundException, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { forClient, RequestCtx, Roles, type RequestContext } from '@career/auth';
import { Idempotent } from '@career/platform';
import { IsUUID } from 'class-validator';
import type { Response } from 'express';
import { etagOf, expectedRevisionFrom } from '../http/if-match';
import { ParticipantRowsReader } from '../participants/participant-rows.reader';
import { ClientOutcomesQuery, type ClientOutcomes } from './client-outcomes.query';
import { outcomeCommandOf } from './outcome-command-of';
import { RecordOutcomeCommand, type RecordOutcomeResult } from './record-outcome.command';
import { RecordOutcomeDto } from './record-outcome.dto';

export class ClientOutcomesQueryDto {
  @IsUUID()
  clientId!: string;
}

/**
 * Outcomes of a client's guidance processes (DOMAIN step 8), recorded by advisors of the
 * client's organisation. The process must be known from client-intake's events first; another
 * organisation's client is 404.
 */
@ApiTags('outcomes')
@ApiBearerAuth()
@Controller('api/v1/outcomes')
@Roles('advisor', 'admin')
export class OutcomesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
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
  ): Promise<{ clientId: string; processNumber: number; processId: string } & RecordOutcomeResult> {
    const expectedRevision = expectedRevisionFrom(ifMatch);
    const processes = (await this.participants.processesOf(body.clientId)).filter((p) => p.organisation === context.organisation);
    const process = body.processNumber === undefined ? processes.at(-1) : processes.find((p) => p.processNumber === body.processNumber);
    if (!process) {
      throw new NotFoundException(
        body.processNumber === undefined ? 'No client with this id in your organisation (yet).' : 'The client has no such process in your organisation (yet).',
      );
    }
    const command = outcomeCommandOf(body, { processId: process._id, organisation: context.organisation }, context.now);
    const result = await this.commands.execute<RecordOutcomeCommand, RecordOutcomeResult>(
      new RecordOutcomeCommand(process._id, command, forClient(context, body.clientId), expectedRevision),
    );
    response.setHeader('ETag', etagOf(result.revision));
    response.setHeader('Location', `/api/v1/outcomes?clientId=${body.clientId}`);
    return { clientId: body.clientId, processNumber: process.processNumber!, processId: process._id, ...result };
  }

  @Get()
  @ApiOkResponse({ description: "The client's outcomes per process, categories only." })
  list(@Query() query: ClientOutcomesQueryDto, @RequestCtx() context: RequestContext): Promise<ClientOutcomes> {
    return this.queries.execute(new ClientOutcomesQuery(query.clientId, context.organisation));
  }
}
