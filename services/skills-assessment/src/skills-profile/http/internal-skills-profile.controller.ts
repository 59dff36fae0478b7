import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { forClient, RequestCtx, Roles, type RequestContext } from '@career/auth';
import type { Response } from 'express';
import { GetSkillsProfileQuery } from '../queries/get-skills-profile.query';
import type { SkillsProfileView } from '../queries/skills-profile.view';
import { clientIdPipe, setETag } from './http-conventions';

/**
 * For document generation (DESIGN §1: a query over the owner's HTTP API): the whole profile
 * decrypted, the only way evidence and descriptions leave this service. `service` tokens only.
 * A service is not staff of an organisation, so it is not limited to its token's organisation;
 * the profile's `organisation` is in the answer for the caller to check against its own
 * request. Every call is recorded in the profile's view log (purpose document-generation).
 */
@ApiTags('internal')
@ApiBearerAuth()
@Roles('service')
@Controller('internal/v1/skills-profiles')
export class InternalSkillsProfileController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':clientId')
  @ApiOkResponse({ description: 'The full profile, decrypted, with `revision` (the stream revision to record as provenance; also the ETag).' })
  async get(@Param('clientId', clientIdPipe) clientId: string, @RequestCtx() context: RequestContext, @Res({ passthrough: true }) response: Response) {
    const view: SkillsProfileView = await this.queries.execute(
      new GetSkillsProfileQuery(clientId, forClient(context, clientId), { purpose: 'document-generation', channel: 'internal-api' }),
    );
    setETag(response, view.revision);
    return view;
  }
}
