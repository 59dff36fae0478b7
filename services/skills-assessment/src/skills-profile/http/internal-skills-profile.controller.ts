import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequestCtx, Roles, type RequestContext } from '@career/auth';
import { SYSTEM_ACCESS } from '@career/event-sourcing';
import { setETag } from '@career/platform';
import type { Response } from 'express';
import { SkillsProfileReads } from '../read-models/skills-profile-reads';
import { clientIdPipe } from './path-params';

/**
 * For document generation (docs/architecture.md#what-runs: a query over the owner's HTTP API):
 * the whole profile decrypted, the only way evidence and descriptions leave this service.
 * `service` tokens only. A service is not staff of an organisation, so it is not limited to
 * its token's organisation; the profile's `organisation` is in the answer for the caller to
 * check against its own request. Every call is recorded in the profile's view log (purpose
 * document-generation).
 */
@ApiTags('internal')
@ApiBearerAuth()
@Roles('service')
@Controller('internal/v1/skills-profiles')
export class InternalSkillsProfileController {
  constructor(private readonly reads: SkillsProfileReads) {}

  @Get(':clientId')
  @ApiOkResponse({ description: 'The full profile, decrypted, with `revision` (the stream revision to record as provenance; also the ETag).' })
  async get(@Param('clientId', clientIdPipe) clientId: string, @RequestCtx() context: RequestContext, @Res({ passthrough: true }) response: Response) {
    const view = await this.reads.show(clientId, context, SYSTEM_ACCESS, { purpose: 'document-generation', channel: 'internal-api' });
    setETag(response, view.revision);
    return view;
  }
}
