import { guidanceProcessIdOf } from '@career/contracts';
import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequestCtx, Roles, type RequestContext } from '@career/auth';
import { Idempotent } from '@career/platform';
import { DomainError } from '@career/event-sourcing';
import { RequestValidationError } from '@career/platform';
import type { Response } from 'express';
import { KnownClients } from '../../client-intake-feed/known-clients';
import { setRevision } from '../../shared/http';
import type { ProcessView } from '../process-view';
import { GetProcessQuery } from '../queries/get-process.query';
import { ListProcessesQuery } from '../queries/list-processes.query';
import { ClientQuery, CompleteInitialAssessmentDto, OpenProcessDto, ProcessParams } from './process.dto';
import { runProcessCommand, viewAfter } from './run-process-command';

@ApiTags('guidance processes')
@ApiBearerAuth()
@Controller('api/v1/guidance-processes')
@Roles('advisor', 'coordinator')
export class GuidanceProcessesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly clients: KnownClients,
  ) {}

  /** Opens the client's current process explicitly (client-intake's facts open it by themselves once an advisor is assigned). */
  @Post()
  @Roles('advisor')
  @Idempotent()
  @ApiCreatedResponse({ description: 'The process was opened; `Location` names it. 409 PROCESS.ALREADY_OPENED when it exists.' })
  async open(@Body() body: OpenProcessDto, @RequestCtx() context: RequestContext, @Res({ passthrough: true }) response: Response): Promise<ProcessView> {
    const advisorId = body.advisorId ?? (context.user.role === 'advisor' ? context.user.id : undefined);
    if (!advisorId) throw new RequestValidationError([{ field: 'advisorId', reason: 'is required' }]);
    const client = await this.clients.require(body.clientId, context.organisation);
    if (client.exited) throw new DomainError('CLIENT.EXITED', 'The client has exited; a new process starts when client-intake records a re-entry.');
    const processId = guidanceProcessIdOf(body.clientId, client.processNumber);
    const open = { type: 'OpenProcess', data: { processId, clientId: body.clientId, advisorId, organisation: context.organisation } } as const;
    const result = await runProcessCommand(this.commands, processId, open, context, undefined, response);
    response.setHeader('Location', `/api/v1/guidance-processes/${processId}`);
    return viewAfter(result, context.now);
  }

  @Get()
  @ApiOkResponse({ description: 'The client’s processes in your organisation, newest first (no notes).' })
  list(@Query() query: ClientQuery, @RequestCtx() context: RequestContext): Promise<{ items: ProcessView[] }> {
    return this.queries.execute(new ListProcessesQuery(query.clientId, context.organisation, context.now));
  }

  /** Phase, meetings, week of the initial assessment, next due date, overdue flag, direction; notes for advisors. */
  @Get(':id')
  @ApiOkResponse({ description: 'The process as of its latest event; `ETag` is its revision.' })
  async get(@Param() params: ProcessParams, @RequestCtx() context: RequestContext, @Res({ passthrough: true }) response: Response): Promise<ProcessView> {
    const disclosure = context.user.role === 'advisor' ? 'all' : 'location';
    const view = await this.queries.execute<GetProcessQuery, ProcessView>(
      new GetProcessQuery(params.id, context.organisation, context.actor, disclosure, context.now, context.requestId),
    );
    setRevision(response, view.revision);
    return view;
  }

  @Post(':id/initial-assessment/complete')
  @Roles('advisor')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Directed; the follow-up phase starts and `nextDueDate` is known.' })
  async complete(
    @Param() params: ProcessParams,
    @Body() body: CompleteInitialAssessmentDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ProcessView> {
    const command = { type: 'CompleteInitialAssessment', data: { direction: body.direction, licenceCodes: body.licenceCodes, rationale: body.rationale } } as const;
    return viewAfter(await runProcessCommand(this.commands, params.id, command, context, ifMatch, response), context.now);
  }
}
