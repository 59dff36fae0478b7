import { guidanceProcessIdOf } from '@career/contracts';
import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { accessOf, RequestCtx, Roles, type RequestContext } from '@career/auth';
import type { CommandSideOf } from '@career/event-sourcing';
import { expectedRevisionOf, Idempotent, RequestValidationError, setETag } from '@career/platform';
import type { Response } from 'express';
import { KnownClients } from '../../known-clients/read-models/known-clients';
import { refuse } from '../../scheduling.errors';
import { guidanceProcess } from '../domain/guidance-process.aggregate';
import { GetProcessQuery } from '../read-models/get-process.query';
import { ListProcessesQuery } from '../read-models/list-processes.query';
import type { ProcessView } from '../read-models/process-view';
import { processAfter } from './process-response';
import { ClientQuery, CompleteInitialAssessmentDto, OpenProcessDto, ProcessParams } from './process.dto';

@ApiTags('guidance processes')
@ApiBearerAuth()
@Controller('api/v1/guidance-processes')
@Roles('advisor', 'coordinator')
export class GuidanceProcessesController {
  constructor(
    @Inject(guidanceProcess.token) private readonly processes: CommandSideOf<typeof guidanceProcess>,
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
    if (client.exited) throw refuse('CLIENT.EXITED');
    const processId = guidanceProcessIdOf(body.clientId, client.processNumber);
    const result = await this.processes.handle(
      processId,
      { type: 'OpenProcess', data: { processId, clientId: body.clientId, advisorId, organisation: context.organisation }, metadata: { now: context.now } },
      { context, access: accessOf(context) },
    );
    response.setHeader('Location', `/api/v1/guidance-processes/${processId}`);
    return processAfter(result, response, context.now);
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
      new GetProcessQuery(params.id, accessOf(context), context.actor, disclosure, context.now, context.requestId),
    );
    setETag(response, view.revision);
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
    const { direction, licenceCodes, rationale } = body;
    const result = await this.processes.handle(
      params.id,
      { type: 'CompleteInitialAssessment', data: { direction, licenceCodes, rationale }, metadata: { now: context.now } },
      { context, access: accessOf(context), expectedRevision: expectedRevisionOf(ifMatch) },
    );
    return processAfter(result, response, context.now);
  }
}
