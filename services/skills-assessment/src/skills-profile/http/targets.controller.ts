import { randomUUID } from 'node:crypto';
import { Body, Controller, Delete, Headers, HttpCode, Inject, Param, Patch, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { RequestCtx, Roles, type RequestContext } from '@career/auth';
import type { CommandSideOf } from '@career/event-sourcing';
import { Idempotent, RequestValidationError, setETag } from '@career/platform';
import type { Response } from 'express';
import { skillsProfile } from '../domain/skills-profile.aggregate';
import type { RequirementChanges } from '../domain/skills-profile.commands';
import { AddRequirementDto, ReviseRequirementDto, SetTargetDto } from './dto/target.dto';
import { clientIdPipe, entryIdOf } from './path-params';
import { answered, personMetadata, ProfileRequests } from './profile-requests';
import { toRequirement, toTargetSpec } from './target-spec';

/** What the client aims for and the competences it needs; each target comes back with its gaps. */
@ApiTags('skills-profiles')
@ApiBearerAuth()
@ApiHeader({ name: 'If-Match', required: false, description: 'The ETag the caller saw; 412 when the profile changed since.' })
@Roles('advisor')
@Controller('api/v1/skills-profiles/:clientId/targets')
export class TargetsController {
  constructor(
    @Inject(skillsProfile.token) private readonly profiles: CommandSideOf<typeof skillsProfile>,
    private readonly requests: ProfileRequests,
  ) {}

  /** Without `requirements`, a curated ESCO occupation brings its essential skills (editable afterwards). */
  @Post()
  @Idempotent()
  async set(
    @Param('clientId', clientIdPipe) clientId: string,
    @Body() body: SetTargetDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const targetId = randomUUID();
    const result = await this.profiles.handle(
      clientId,
      {
        type: 'SetTarget',
        data: { targetId, target: toTargetSpec(body.target), ...(body.requirements && { requirements: body.requirements.map(toRequirement) }) },
        metadata: personMetadata(context, body.recordedBy),
      },
      this.requests.change(context, ifMatch),
    );
    return { target: answered(response, result).targets.find((t) => t.targetId === targetId) };
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
    const result = await this.profiles.handle(
      clientId,
      { type: 'RemoveTarget', data: { targetId }, metadata: personMetadata(context) },
      this.requests.change(context, ifMatch),
    );
    setETag(response, result.revision);
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
    const result = await this.profiles.handle(
      clientId,
      { type: 'AddRequirement', data: { targetId, ...toRequirement(body) }, metadata: personMetadata(context, body.recordedBy) },
      this.requests.change(context, ifMatch),
    );
    return { target: answered(response, result).targets.find((t) => t.targetId === targetId) };
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
    const result = await this.profiles.handle(
      clientId,
      { type: 'ReviseRequirement', data: { targetId, requirementId, changes: changes as RequirementChanges }, metadata: personMetadata(context, recordedBy) },
      this.requests.change(context, ifMatch),
    );
    return { target: answered(response, result).targets.find((t) => t.targetId === targetId) };
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
    const result = await this.profiles.handle(
      clientId,
      { type: 'RemoveRequirement', data: { targetId, requirementId }, metadata: personMetadata(context) },
      this.requests.change(context, ifMatch),
    );
    setETag(response, result.revision);
  }
}
