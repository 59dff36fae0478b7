import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequestCtx, Roles, type RequestContext } from '@career/auth';
import { Idempotent } from '@career/platform';
import type { Response } from 'express';
import { KnownClients } from '../../client-intake-feed/known-clients';
import { expectedRevisionOf, setRevision } from '../../shared/http';
import { fromRequest } from '../../shared/system-context';
import { resolveRange, TimeRangeQuery } from '../../shared/time-range';
import { RunGroupSessionCommand } from '../commands/group-session.command';
import type { GroupSessionResult } from '../commands/group-session.handler';
import type { GroupSessionCommand } from '../group-session.commands';
import { GetGroupSessionQuery } from '../queries/get-group-session.query';
import { GroupSessionsQuery, type GroupSessionView } from '../queries/group-sessions.query';
import { EnrolParticipantDto, ParticipantParams, RecordAttendanceDto, ScheduleGroupSessionDto, SessionParams, WithdrawParticipantDto } from './group-session.dto';

type WithoutMetadata<C> = C extends GroupSessionCommand ? Omit<C, 'metadata'> : never;

/** Group guidance sessions: the coordinator schedules them and records attendance; advisors enrol their clients. */
@ApiTags('group sessions')
@ApiBearerAuth()
@Controller('api/v1/group-sessions')
@Roles('advisor', 'coordinator')
export class GroupSessionsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly clients: KnownClients,
  ) {}

  @Post()
  @Roles('coordinator')
  @Idempotent()
  @ApiCreatedResponse({ description: 'Scheduled; `Location` names the session.' })
  async schedule(@Body() body: ScheduleGroupSessionDto, @RequestCtx() context: RequestContext, @Res({ passthrough: true }) response: Response) {
    const sessionId = randomUUID();
    const command = { type: 'ScheduleGroupSession', data: { sessionId, organisation: context.organisation, coordinatorId: context.user.id, ...body } } as const;
    const result = await this.run(sessionId, command, context, undefined, response);
    response.setHeader('Location', `/api/v1/group-sessions/${sessionId}`);
    return { sessionId, revision: result.nextExpectedRevision };
  }

  @Get()
  @ApiOkResponse({ description: 'Sessions overlapping [from, to), by start time.' })
  list(@Query() query: TimeRangeQuery, @RequestCtx() context: RequestContext): Promise<{ items: GroupSessionView[] }> {
    return this.queries.execute(new GroupSessionsQuery(context.organisation, resolveRange(query, context.now)));
  }

  @Get(':id')
  async get(@Param() params: SessionParams, @RequestCtx() context: RequestContext, @Res({ passthrough: true }) response: Response): Promise<GroupSessionView> {
    const view = await this.queries.execute<GetGroupSessionQuery, GroupSessionView>(new GetGroupSessionQuery(params.id, context.organisation));
    setRevision(response, view.revision);
    return view;
  }

  @Post(':id/participants')
  @Idempotent()
  @ApiCreatedResponse({ description: 'Enrolled, or waitlisted when full and `waitlistIfFull`; 409 SESSION.FULL otherwise.' })
  async enrol(
    @Param() params: SessionParams,
    @Body() body: EnrolParticipantDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<{ sessionId: string; clientId: string; status: 'enrolled' | 'waitlisted'; position?: number; revision: number }> {
    await this.clients.require(body.clientId, context.organisation);
    const command = { type: 'EnrolParticipant', data: { clientId: body.clientId, waitlistIfFull: body.waitlistIfFull ?? false } } as const;
    const result = await this.run(params.id, command, context, ifMatch, response);
    const [event] = result.newEvents;
    const waitlisted = event?.type === 'ParticipantWaitlisted';
    return {
      sessionId: params.id,
      clientId: body.clientId,
      status: waitlisted ? 'waitlisted' : 'enrolled',
      ...(waitlisted ? { position: event.data.position } : {}),
      revision: result.nextExpectedRevision,
    };
  }

  /** Leaves the roster or the waiting list before the session starts; a freed seat goes to the first in the queue. */
  @Post(':id/participants/:clientId/withdraw')
  @HttpCode(200)
  async withdraw(
    @Param() params: ParticipantParams,
    @Body() body: WithdrawParticipantDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<{ sessionId: string; advanced: string[]; revision: number }> {
    const command = { type: 'WithdrawParticipant', data: { clientId: params.clientId, withdrawnBy: body.withdrawnBy } } as const;
    const result = await this.run(params.id, command, context, ifMatch, response);
    const advanced = result.newEvents.flatMap((e) => (e.type === 'ParticipantEnrolled' ? [e.data.clientId] : []));
    return { sessionId: params.id, advanced, revision: result.nextExpectedRevision };
  }

  @Post(':id/attendance')
  @Roles('coordinator')
  @HttpCode(200)
  async attendance(
    @Param() params: SessionParams,
    @Body() body: RecordAttendanceDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<{ sessionId: string; recorded: number; revision: number }> {
    const attendance = body.attendance.map(({ clientId, attended }) => ({ clientId, attended }));
    const result = await this.run(params.id, { type: 'RecordAttendance', data: { attendance } }, context, ifMatch, response);
    return { sessionId: params.id, recorded: result.newEvents.length, revision: result.nextExpectedRevision };
  }

  private async run(sessionId: string, command: WithoutMetadata<GroupSessionCommand>, context: RequestContext, ifMatch: string | undefined, response: Response): Promise<GroupSessionResult> {
    const withTime = { ...command, metadata: { now: context.now } } as GroupSessionCommand;
    const result = await this.commands.execute<RunGroupSessionCommand, GroupSessionResult>(
      new RunGroupSessionCommand(sessionId, withTime, fromRequest(context), expectedRevisionOf(ifMatch)),
    );
    setRevision(response, result.nextExpectedRevision);
    return result;
  }
}
