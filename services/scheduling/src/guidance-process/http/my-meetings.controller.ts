import { Controller, Get, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { accessOf, Me, MyClientId, RequestCtx, type RequestContext } from '@career/auth';
import type { Response } from 'express';
import { ICALENDAR_CONTENT_TYPE } from '../../icalendar/meeting-entries';
import type { MyMeetings } from '../read-models/my-meetings';
import { MyMeetingsQuery } from '../read-models/my-meetings.query';

/**
 * The client's own meetings (`@Me()`): their guidance processes' individual meetings, with the
 * place to go, as JSON and as an iCalendar to subscribe to. Advisors' notes and reasons never
 * reach the client.
 */
@ApiTags('me')
@ApiBearerAuth()
@Me()
@Controller('api/v1/me')
export class MyMeetingsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('meetings')
  @ApiOkResponse({ description: 'Your processes (phase, advisor, next due date) and every meeting by start time: when, where, how, what became of it.' })
  meetings(@MyClientId() clientId: string, @RequestCtx() context: RequestContext): Promise<MyMeetings> {
    return this.queries.execute(new MyMeetingsQuery(clientId, accessOf(context), context.now, 'json'));
  }

  @Get('meetings.ics')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'Your meetings as iCalendar (RFC 5545): a moved meeting keeps its UID, a cancelled one is marked so.' })
  async calendar(@MyClientId() clientId: string, @RequestCtx() context: RequestContext, @Res({ passthrough: true }) response: Response): Promise<string> {
    const ics = await this.queries.execute<MyMeetingsQuery, string>(new MyMeetingsQuery(clientId, accessOf(context), context.now, 'icalendar'));
    response.type(ICALENDAR_CONTENT_TYPE);
    return ics;
  }
}
