import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { accessOf, RequestCtx, Roles, type RequestContext } from '@career/auth';
import { setETag } from '@career/platform';
import type { Response } from 'express';
import { GetGroupSessionQuery } from '../read-models/get-group-session.query';
import type { GroupSessionView } from '../read-models/group-sessions.query';
import { SessionParams } from './group-session.dto';

/** What another service may know of a session: its description and time, no roster. */
export type InternalSessionView = Pick<GroupSessionView, 'sessionId' | 'title' | 'topic' | 'start' | 'end' | 'durationMinutes' | 'place' | 'capacity' | 'revision'> & { organisation: string };

/**
 * For the notifications service's invitations, read at send time: a session of the service
 * token's organisation (another organisation's answers 404, like a missing one).
 */
@ApiTags('internal')
@ApiBearerAuth()
@Controller('internal/v1/group-sessions')
@Roles('service')
export class InternalGroupSessionsController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @ApiOkResponse({ description: 'Title, topic, time, place and capacity of the session; `ETag` is its revision.' })
  async get(@Param() params: SessionParams, @RequestCtx() context: RequestContext, @Res({ passthrough: true }) response: Response): Promise<InternalSessionView> {
    const view = await this.queries.execute<GetGroupSessionQuery, GroupSessionView>(new GetGroupSessionQuery(params.id, accessOf(context)));
    setETag(response, view.revision);
    const { sessionId, title, topic, start, end, durationMinutes, place, capacity, revision } = view;
    return { sessionId, organisation: context.organisation, title, topic, start, end, durationMinutes, place, capacity, revision };
  }
}
