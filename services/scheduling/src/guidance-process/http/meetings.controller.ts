import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { RequestCtx, Roles, type RequestContext } from '@career/auth';
import { Idempotent } from '@career/platform';
import type { Response } from 'express';
import { ICALENDAR_CONTENT_TYPE } from '../../calendar/meeting-entries';
import type { ProcessView } from '../process-view';
import { ProcessCalendarQuery } from '../queries/process-calendar.query';
import { CancelMeetingDto, MeetingHeldDto, MeetingParams, MoveMeetingDto, ScheduleMeetingDto } from './meeting.dto';
import { ProcessParams } from './process.dto';
import { runProcessCommand, viewAfter } from './run-process-command';

/** Individual meetings of a guidance process: booked, moved, cancelled, held or missed; nothing is erased. */
@ApiTags('guidance processes')
@ApiBearerAuth()
@Controller('api/v1/guidance-processes/:id')
@Roles('advisor')
export class MeetingsController {
  constructor(
    private readonly commands: CommandBus,
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
    const command = { type: 'ScheduleMeeting', data: { meetingId, start, durationMinutes, mode, location, ...(extra ? { extra: { reason: extra.reason } } : {}) } } as const;
    const result = await runProcessCommand(this.commands, params.id, command, context, ifMatch, response);
    response.setHeader('Location', `/api/v1/guidance-processes/${params.id}`);
    return { processId: params.id, meetingId, revision: result.nextExpectedRevision };
  }

  @Post('meetings/:meetingId/move')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Moved; the old time stays in the meeting’s history.' })
  async move(@Param() params: MeetingParams, @Body() body: MoveMeetingDto, @RequestCtx() context: RequestContext, @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) response: Response): Promise<ProcessView> {
    const command = {
      type: 'MoveMeeting',
      data: { meetingId: params.meetingId, start: body.start, durationMinutes: body.durationMinutes, movedBy: body.movedBy ?? 'advisor', reason: body.reason },
    } as const;
    return viewAfter(await runProcessCommand(this.commands, params.id, command, context, ifMatch, response), context.now);
  }

  @Post('meetings/:meetingId/cancel')
  @HttpCode(200)
  async cancel(@Param() params: MeetingParams, @Body() body: CancelMeetingDto, @RequestCtx() context: RequestContext, @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) response: Response): Promise<ProcessView> {
    const command = { type: 'CancelMeeting', data: { meetingId: params.meetingId, cancelledBy: body.cancelledBy, reason: body.reason } } as const;
    return viewAfter(await runProcessCommand(this.commands, params.id, command, context, ifMatch, response), context.now);
  }

  @Post('meetings/:meetingId/held')
  @HttpCode(200)
  async held(@Param() params: MeetingParams, @Body() body: MeetingHeldDto, @RequestCtx() context: RequestContext, @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) response: Response): Promise<ProcessView> {
    const command = { type: 'RecordMeetingHeld', data: { meetingId: params.meetingId, notes: body.notes ?? '' } } as const;
    return viewAfter(await runProcessCommand(this.commands, params.id, command, context, ifMatch, response), context.now);
  }

  @Post('meetings/:meetingId/no-show')
  @HttpCode(200)
  async noShow(@Param() params: MeetingParams, @RequestCtx() context: RequestContext, @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) response: Response): Promise<ProcessView> {
    const command = { type: 'RecordNoShow', data: { meetingId: params.meetingId } } as const;
    return viewAfter(await runProcessCommand(this.commands, params.id, command, context, ifMatch, response), context.now);
  }

  /** The client's own calendar: every meeting of the process, cancelled ones marked so; no notes. */
  @Get('meetings.ics')
  @Roles('advisor', 'coordinator')
  @ApiProduces('text/calendar')
  async calendar(@Param() params: ProcessParams, @RequestCtx() context: RequestContext, @Res({ passthrough: true }) response: Response): Promise<string> {
    const ics = await this.queries.execute<ProcessCalendarQuery, string>(new ProcessCalendarQuery(params.id, context.organisation, context.now));
    response.type(ICALENDAR_CONTENT_TYPE);
    return ics;
  }
}
