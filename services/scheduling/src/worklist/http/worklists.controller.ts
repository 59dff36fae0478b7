import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequestCtx, Roles, type RequestContext } from '@career/auth';
import { AdvisorParams } from '../../http/advisor-params';
import { Worklists, type WorklistPage } from '../read-models/worklists.query';
import { WorklistQueryDto, worklistRequestOf } from './worklist-query.dto';

const PAGE = 'Rows sorted by urgency (longest overdue first, then what falls due soonest), each with its reason (code and text), due date and a link to the record; paged with `limit`/`offset`, `total` counts them all.';

/** What needs doing: an advisor's own clients, a coordinator's whole organisation. */
@ApiTags('worklists')
@ApiBearerAuth()
@Controller('api/v1/worklists')
export class WorklistsController {
  constructor(private readonly worklists: Worklists) {}

  /** The caller's own clients (the token's `sub` is the advisor id client-intake assigns). */
  @Get('me')
  @Roles('advisor')
  @ApiOkResponse({ description: PAGE })
  mine(@Query() query: WorklistQueryDto, @RequestCtx() context: RequestContext): Promise<WorklistPage> {
    return this.worklists.forAdvisor(context.user.id, worklistRequestOf(query, context.organisation, context.now));
  }

  @Get('organisation')
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ description: `${PAGE} Every advisor's clients, plus group sessions with free places or a waiting list.` })
  organisation(@Query() query: WorklistQueryDto, @RequestCtx() context: RequestContext): Promise<WorklistPage> {
    return this.worklists.forOrganisation(worklistRequestOf(query, context.organisation, context.now));
  }
}

/** For the notifications service's daily digest (`service` token on behalf of the advisor's organisation). */
@ApiTags('internal')
@ApiBearerAuth()
@Controller('internal/v1/worklists')
@Roles('service')
export class InternalWorklistsController {
  constructor(private readonly worklists: Worklists) {}

  @Get('advisors/:advisorId')
  @ApiOkResponse({ description: `An advisor's worklist in the token's organisation. ${PAGE}` })
  advisor(@Param() params: AdvisorParams, @Query() query: WorklistQueryDto, @RequestCtx() context: RequestContext): Promise<WorklistPage> {
    return this.worklists.forAdvisor(params.advisorId, worklistRequestOf(query, context.organisation, context.now));
  }
}
