import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { accessOf, RequestCtx, Roles, type RequestContext } from '@career/auth';
import type { CommandSideOf } from '@career/event-sourcing';
import { expectedRevisionOf, Idempotent, setETag } from '@career/platform';
import type { Response } from 'express';
import { AdvisorBookingGuard } from '../../advisor-agenda/booking/advisor-booking.guard';
import { ICALENDAR_CONTENT_TYPE } from '../../icalendar/meeting-entries';
import { guidanceProcess } from '../domain/guidance-process.aggregate';
import { ProcessCalendarQuery } from '../read-models/process-calendar.query';
import type { ProcessView } from '../read-models/process-view';
import { CancelMeetingDto, MeetingHeldDto, MeetingParams, MoveMeetingDto, ScheduleMeetingDto } from './meeting.dto';
import { processAfter } from './process-response';
import { ProcessParams } from './process.dto';

/**
 * Individual meetings of a guidance process: booked, moved, cancelled, held or missed; nothing
 * is erased. A booking or a move appends under the advisor's booking lease (no double booking).
 */
@ApiTags('guidance processes')
@ApiBearerAuth()
@Controller('api/v1/guidance-processes/:id')
@Roles('advisor')
export class MeetingsController {
  constructor(
    @Inject(guidanceProcess.token) private readonly processes: CommandSideOf<typeof guidanceProcess>,
    private readonly bookings: AdvisorBookingGuard,
    private readonly queries: QueryBus,
  ) {}

  @Post('meetings')
  @Idempotent()
  @ApiCreatedResponse({ description: 'Booked. 409 when a cadence rule refuses it or the advisor is already booked then (ADVISOR.DOUBLE_BOOKED).' })
  async schedule(
    @Param() params: ProcessParams,
    @Body() body: ScheduleMeetingDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<{ processId: string; meetingId: string; revision: number }> {
    const meetingId = randomUUID();
    const { start, durationMinutes, mode, location, extra } = body;
    const result = await this.processes.handle(
      params.id,
      {
        type: 'ScheduleMeeting',
        data: { meetingId, start, durationMinutes, mode, location, ...(extra ? { extra: { reason: extra.reason } } : {}) },
        metadata: { now: context.now },
      },
      { context, access: accessOf(context), expectedRevision: expectedRevisionOf(ifMatch), aroundAppend: this.bookings.aroundAppend },
    );
    setETag(response, result.revision);
    response.setHeader('Location', `/api/v1/guidance-processes/${params.id}`);
    return { processId: params.id, meetingId, revision: result.revision };
  }

  @Post('meetings/:meetingId/move')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Moved; the old time stays in the meeting’s history.' })
  async move(
    @Param() params: MeetingParams,
    @Body() body: MoveMeetingDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ProcessView> {
    const { start, durationMinutes, movedBy, reason } = body;
    const result = await this.processes.handle(
      params.id,
      { type: 'MoveMeeting', data: { meetingId: params.meetingId, start, durationMinutes, movedBy: movedBy ?? 'advisor', reason }, metadata: { now: context.now } },
      { context, access: accessOf(context), expectedRevision: expectedRevisionOf(ifMatch), aroundAppend: this.bookings.aroundAppend },
    );
    return processAfter(result, response, context.now);
  }

  @Post('meetings/:meetingId/cancel')
  @HttpCode(200)
  async cancel(
    @Param() params: MeetingParams,
    @Body() body: CancelMeetingDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ProcessView> {
    const result = await this.processes.handle(
      params.id,
      { type: 'CancelMeeting', data: { meetingId: params.meetingId, cancelledBy: body.cancelledBy, reason: body.reason }, metadata: { now: context.now } },
      { context, access: accessOf(context), expectedRevision: expectedRevisionOf(ifMatch) },
    );
    return processAfter(result, response, context.now);
  }

  @Post('meetings/:meetingId/held')
  @HttpCode(200)
  async held(
    @Param() params: MeetingParams,
    @Body() body: MeetingHeldDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ProcessView> {
    const result = await this.processes.handle(
      params.id,
      { type: 'RecordMeetingHeld', data: { meetingId: params.meetingId, notes: body.notes ?? '' }, metadata: { now: context.now } },
      { context, access: accessOf(context), expectedRevision: expectedRevisionOf(ifMatch) },
    );
    return processAfter(result, response, context.now);
  }

  @Post('meetings/:meetingId/no-show')
  @HttpCode(200)
  async noShow(
    @Param() params: MeetingParams,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ProcessView> {
    const result = await this.processes.handle(
      params.id,
      { type: 'RecordNoShow', data: { meetingId: params.meetingId }, metadata: { now: context.now } },
      { context, access: accessOf(context), expectedRevision: expectedRevisionOf(ifMatch) },
    );
    return processAfter(result, response, context.now);
  }

  /** The client's own calendar: every meeting of the process, cancelled ones marked so; no notes. */
  @Get('meetings.ics')
  @Roles('advisor', 'coordinator')
  @ApiProduces('text/calendar')
  async calendar(@Param() params: ProcessParams, @RequestCtx() context: RequestContext, @Res({ passthrough: true }) response: Response): Promise<string> {
    const ics = await this.queries.execute<ProcessCalendarQuery, string>(new ProcessCalendarQuery(params.id, accessOf(context), context.now));
    response.type(ICALENDAR_CONTENT_TYPE);
    return ics;
  }
}
