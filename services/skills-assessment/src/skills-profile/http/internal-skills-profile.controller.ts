import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { accessOf, RequestCtx, Roles, type RequestContext } from '@career/auth';
import { setETag } from '@career/platform';
import type { Response } from 'express';
import { SkillsProfileReads } from '../read-models/skills-profile-reads';
import { clientIdPipe } from './path-params';

/**
 * For document generation (docs/architecture.md#what-runs: a query over the owner's HTTP API):
 * the whole profile decrypted, the only way evidence and descriptions leave this service.
 * `service` tokens only. The token names the organisation of the user the call is made for:
 * another organisation's profile answers 404 exactly like a missing one, unless the service is
 * configured as cross-organisation (CROSS_ORGANISATION_SERVICES). Every call is recorded in the
 * profile's view log (purpose document-generation).
 */
@ApiTags('internal')
@ApiBearerAuth()
@Roles('service')
@Controller('internal/v1/skills-profiles')
export class InternalSkillsProfileController {
  constructor(private readonly reads: SkillsProfileReads) {}

  @Get(':clientId')
  @ApiOkResponse({ description: 'The full profile, decrypted, with `revision` (the stream revision to record as provenance; also the ETag).' })
  @ApiNotFoundResponse({ description: "No open profile of this client in the token's organisation." })
  async get(@Param('clientId', clientIdPipe) clientId: string, @RequestCtx() context: RequestContext, @Res({ passthrough: true }) response: Response) {
    const view = await this.reads.show(clientId, context, accessOf(context), { purpose: 'document-generation', channel: 'internal-api' });
    setETag(response, view.revision);
    return view;
  }
}
