import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Me, MyClientId, RequestCtx, type RequestContext } from '@career/auth';
import { MyGroupSessionsQuery, type MyGroupSession } from '../read-models/my-group-sessions.query';

/** The client's own group sessions (`@Me()`): where and when, and their own place on the roster or the waiting list. */
@ApiTags('me')
@ApiBearerAuth()
@Me()
@Controller('api/v1/me/group-sessions')
export class MyGroupSessionsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({ description: 'Your group sessions (enrolled or waiting), by start time; never other participants.' })
  list(@MyClientId() clientId: string, @RequestCtx() context: RequestContext): Promise<{ items: MyGroupSession[] }> {
    return this.queries.execute(new MyGroupSessionsQuery(clientId, context.organisation));
  }
}
