import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { accessOf, RequestCtx, Roles, type RequestContext } from '@career/auth';
import type { CommandSideOf } from '@career/event-sourcing';
import { expectedRevisionOf, Idempotent, setETag } from '@career/platform';
import type { Response } from 'express';
import { resolveRange, TimeRangeQuery } from '../../http/time-range.query';
import { KnownClients } from '../../known-clients/read-models/known-clients';
import { groupSession } from '../domain/group-session.aggregate';
import { GetGroupSessionQuery } from '../read-models/get-group-session.query';
import { GroupSessionsQuery, type GroupSessionView } from '../read-models/group-sessions.query';
import { EnrolParticipantDto, ParticipantParams, RecordAttendanceDto, ScheduleGroupSessionDto, SessionParams, WithdrawParticipantDto } from './group-session.dto';

/** Group guidance sessions: the coordinator schedules them and records attendance; advisors enrol their clients. */
@ApiTags('group sessions')
@ApiBearerAuth()
@Controller('api/v1/group-sessions')
@Roles('advisor', 'coordinator')
export class GroupSessionsController {
  constructor(
    @Inject(groupSession.token) private readonly sessions: CommandSideOf<typeof groupSession>,
    private readonly queries: QueryBus,
    private readonly clients: KnownClients,
  ) {}

  @Post()
  @Roles('coordinator')
  @Idempotent()
  @ApiCreatedResponse({ description: 'Scheduled; `Location` names the session.' })
  async schedule(@Body() body: ScheduleGroupSessionDto, @RequestCtx() context: RequestContext, @Res({ passthrough: true }) response: Response) {
    const sessionId = randomUUID();
    const result = await this.sessions.handle(
      sessionId,
      { type: 'ScheduleGroupSession', data: { sessionId, organisation: context.organisation, coordinatorId: context.user.id, ...body }, metadata: { now: context.now } },
      { context, access: accessOf(context) },
    );
    setETag(response, result.revision);
    response.setHeader('Location', `/api/v1/group-sessions/${sessionId}`);
    return { sessionId, revision: result.revision };
  }

  @Get()
  @ApiOkResponse({ description: 'Sessions overlapping [from, to), by start time.' })
  list(@Query() query: TimeRangeQuery, @RequestCtx() context: RequestContext): Promise<{ items: GroupSessionView[] }> {
    return this.queries.execute(new GroupSessionsQuery(context.organisation, resolveRange(query, context.now)));
  }

  @Get(':id')
  async get(@Param() params: SessionParams, @RequestCtx() context: RequestContext, @Res({ passthrough: true }) response: Response): Promise<GroupSessionView> {
    const view = await this.queries.execute<GetGroupSessionQuery, GroupSessionView>(new GetGroupSessionQuery(params.id, accessOf(context)));
    setETag(response, view.revision);
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
    const result = await this.sessions.handle(
      params.id,
      { type: 'EnrolParticipant', data: { clientId: body.clientId, waitlistIfFull: body.waitlistIfFull ?? false }, metadata: { now: context.now } },
      { context, access: accessOf(context), expectedRevision: expectedRevisionOf(ifMatch) },
    );
    setETag(response, result.revision);
    const [event] = result.newEvents;
    const waitlisted = event?.type === 'ParticipantWaitlisted';
    return {
      sessionId: params.id,
      clientId: body.clientId,
      status: waitlisted ? 'waitlisted' : 'enrolled',
      ...(waitlisted ? { position: event.data.position } : {}),
      revision: result.revision,
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
    const result = await this.sessions.handle(
      params.id,
      { type: 'WithdrawParticipant', data: { clientId: params.clientId, withdrawnBy: body.withdrawnBy }, metadata: { now: context.now } },
      { context, access: accessOf(context), expectedRevision: expectedRevisionOf(ifMatch) },
    );
    setETag(response, result.revision);
    const advanced = result.newEvents.flatMap((e) => (e.type === 'ParticipantEnrolled' ? [e.data.clientId] : []));
    return { sessionId: params.id, advanced, revision: result.revision };
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
    const result = await this.sessions.handle(
      params.id,
      { type: 'RecordAttendance', data: { attendance }, metadata: { now: context.now } },
      { context, access: accessOf(context), expectedRevision: expectedRevisionOf(ifMatch) },
    );
    setETag(response, result.revision);
    return { sessionId: params.id, recorded: result.newEvents.length, revision: result.revision };
  }
}
