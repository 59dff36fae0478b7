import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { accessOf, RequestCtx, Roles, type RequestContext } from '@career/auth';
import { setETag } from '@career/platform';
import type { Response } from 'express';
import type { AgreedVersionView } from '../read-models/career-plan-view';
import { CareerPlanReader } from '../read-models/career-plan.reader';
import { VersionParams } from './career-plan.dto';

/**
 * For document generation (docs/architecture.md#what-runs: a query over the owner's HTTP API):
 * one agreed version of a plan, decrypted, exactly as agreed. `service` tokens only, and the
 * token's organisation must own the plan: another organisation's is 404, as for its staff.
 * Every call is logged as a use of the client's personal data, the calling service as actor.
 */
@ApiTags('internal')
@ApiBearerAuth()
@Roles('service')
@Controller('internal/v1/career-plans')
export class InternalCareerPlansController {
  constructor(private readonly reader: CareerPlanReader) {}

  @Get(':id/versions/:version')
  @ApiOkResponse({ description: 'The agreed version with goals and steps; `revision` (also the ETag) is the stream revision of its agreement.' })
  async agreedVersion(@Param() params: VersionParams, @RequestCtx() context: RequestContext, @Res({ passthrough: true }) response: Response): Promise<AgreedVersionView> {
    const view = await this.reader.agreedVersion(params.id, params.version, accessOf(context), context);
    setETag(response, view.revision);
    return view;
  }
}
