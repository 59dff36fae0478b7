import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { RequestCtx, Roles, type RequestContext } from '@career/auth';
import type { Response } from 'express';
import { AdvisorParams } from '../../http/advisor-params';
import { resolveRange, TimeRangeQuery } from '../../http/time-range.query';
import { toICalendar } from '../../icalendar/ical';
import { calendarOptions, ICALENDAR_CONTENT_TYPE, meetingEntry } from '../../icalendar/meeting-entries';
import { AgendaQuery, type AgendaItem } from '../read-models/agenda.query';

/** An advisor's meetings as JSON or as an iCalendar feed (Accept: text/calendar, or the `.ics` path). */
@ApiTags('advisor agenda')
@ApiBearerAuth()
@Controller('api/v1/advisors')
@Roles('advisor', 'coordinator')
export class AgendaController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':advisorId/agenda.ics')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'RFC 5545 calendar with a Europe/Helsinki VTIMEZONE; no notes.' })
  async calendar(@Param() params: AdvisorParams, @Query() query: TimeRangeQuery, @RequestCtx() context: RequestContext, @Res({ passthrough: true }) response: Response): Promise<string> {
    const items = await this.items(params.advisorId, query, context);
    response.type(ICALENDAR_CONTENT_TYPE);
    return toICalendar(items.map(meetingEntry), calendarOptions(`Ohjaustapaamiset / Guidance meetings: ${params.advisorId}`, context.now));
  }

  @Get(':advisorId/agenda')
  @ApiProduces('application/json', 'text/calendar')
  @ApiOkResponse({ description: 'The advisor’s meetings overlapping [from, to), by start time.' })
  async agenda(
    @Param() params: AdvisorParams,
    @Query() query: TimeRangeQuery,
    @RequestCtx() context: RequestContext,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<{ advisorId: string; from: string; to: string; items: AgendaItem[] } | string> {
    if (accept?.includes('text/calendar')) return this.calendar(params, query, context, response);
    const range = resolveRange(query, context.now);
    const items = await this.queries.execute<AgendaQuery, AgendaItem[]>(new AgendaQuery(params.advisorId, context.organisation, range));
    return { advisorId: params.advisorId, from: range.from.toISOString(), to: range.to.toISOString(), items };
  }

  private items(advisorId: string, query: TimeRangeQuery, context: RequestContext): Promise<AgendaItem[]> {
    return this.queries.execute(new AgendaQuery(advisorId, context.organisation, resolveRange(query, context.now)));
  }
}
