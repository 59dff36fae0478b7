import { Body, Controller, Delete, Headers, HttpCode, Param, Patch, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { RequestCtx, Roles, type RequestContext } from '@career/auth';
import { RequestValidationError } from '@career/platform';
import type { Response } from 'express';
import type { RequirementChanges } from '../skills-profile.commands';
import { AddRequirementDto, ReviseRequirementDto, SetTargetDto } from './dto/target.dto';
import { clientIdPipe, entryIdOf, newEntryId } from './http-conventions';
import { ProfileRequests } from './profile-requests';
import { toRequirement, toTargetSpec } from './target-spec';

/** What the client aims for and the competences it needs; each target comes back with its gaps. */
@ApiTags('skills-profiles')
@ApiBearerAuth()
@ApiHeader({ name: 'If-Match', required: false, description: 'The ETag the caller saw; 412 when the profile changed since.' })
@Roles('advisor')
@Controller('api/v1/skills-profiles/:clientId/targets')
export class TargetsController {
  constructor(private readonly requests: ProfileRequests) {}

  /** Without `requirements`, a curated ESCO occupation brings its essential skills (editable afterwards). */
  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A repeated request with the same key creates nothing new.' })
  async set(
    @Param('clientId', clientIdPipe) clientId: string,
    @Body() body: SetTargetDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const targetId = newEntryId(clientId, 'target', idempotencyKey);
    const view = await this.requests.create(
      { clientId, context, ifMatch, response, idempotencyKey },
      {
        type: 'SetTarget',
        data: { targetId, target: toTargetSpec(body.target), ...(body.requirements && { requirements: body.requirements.map(toRequirement) }) },
        metadata: this.requests.metadata(context, body.recordedBy),
      },
      targetId,
    );
    return { target: view.targets.find((t) => t.targetId === targetId) };
  }

  @Delete(':targetId')
  @HttpCode(204)
  async remove(
    @Param('clientId', clientIdPipe) clientId: string,
    @Param('targetId') targetIdParam: string,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    const targetId = entryIdOf('targetId', targetIdParam);
    await this.requests.change({ clientId, context, ifMatch, response }, { type: 'RemoveTarget', data: { targetId }, metadata: this.requests.metadata(context, undefined) });
  }

  @Post(':targetId/requirements')
  async addRequirement(
    @Param('clientId', clientIdPipe) clientId: string,
    @Param('targetId') targetIdParam: string,
    @Body() body: AddRequirementDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const targetId = entryIdOf('targetId', targetIdParam);
    const requirement = toRequirement(body);
    const view = await this.requests.change(
      { clientId, context, ifMatch, response },
      { type: 'AddRequirement', data: { targetId, ...requirement }, metadata: this.requests.metadata(context, body.recordedBy) },
    );
    return { target: view.targets.find((t) => t.targetId === targetId) };
  }

  /** Only the fields given change; `null` clears the ESCO URI. */
  @Patch(':targetId/requirements/:requirementId')
  async reviseRequirement(
    @Param('clientId', clientIdPipe) clientId: string,
    @Param('targetId') targetIdParam: string,
    @Param('requirementId') requirementIdParam: string,
    @Body() body: ReviseRequirementDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const targetId = entryIdOf('targetId', targetIdParam);
    const requirementId = entryIdOf('requirementId', requirementIdParam);
    const { recordedBy, ...changes } = body;
    if (Object.keys(changes).length === 0) throw new RequestValidationError([{ field: 'body', reason: 'must change at least one field' }]);
    const view = await this.requests.change(
      { clientId, context, ifMatch, response },
      { type: 'ReviseRequirement', data: { targetId, requirementId, changes: changes as RequirementChanges }, metadata: this.requests.metadata(context, recordedBy) },
    );
    return { target: view.targets.find((t) => t.targetId === targetId) };
  }

  @Delete(':targetId/requirements/:requirementId')
  @HttpCode(204)
  async removeRequirement(
    @Param('clientId', clientIdPipe) clientId: string,
    @Param('targetId') targetIdParam: string,
    @Param('requirementId') requirementIdParam: string,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    const targetId = entryIdOf('targetId', targetIdParam);
    const requirementId = entryIdOf('requirementId', requirementIdParam);
    await this.requests.change(
      { clientId, context, ifMatch, response },
      { type: 'RemoveRequirement', data: { targetId, requirementId }, metadata: this.requests.metadata(context, undefined) },
    );
  }
}
