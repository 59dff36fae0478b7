import { Body, Controller, Delete, Headers, HttpCode, Param, Patch, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { RequestCtx, Roles, type RequestContext } from '@career/auth';
import { RequestValidationError } from '@career/platform';
import type { Response } from 'express';
import type { SkillChanges } from '../skills-profile.commands';
import { AddSkillDto, ReviseSkillDto } from './dto/skill.dto';
import { clientIdPipe, entryIdOf, newEntryId } from './http-conventions';
import { ProfileRequests } from './profile-requests';

@ApiTags('skills-profiles')
@ApiBearerAuth()
@ApiHeader({ name: 'If-Match', required: false, description: 'The ETag the caller saw; 412 when the profile changed since.' })
@Roles('advisor')
@Controller('api/v1/skills-profiles/:clientId/skills')
export class SkillsController {
  constructor(private readonly requests: ProfileRequests) {}

  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A repeated request with the same key creates nothing new.' })
  async add(
    @Param('clientId', clientIdPipe) clientId: string,
    @Body() body: AddSkillDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { recordedBy, ...skill } = body;
    const skillId = newEntryId(clientId, 'skill', idempotencyKey);
    const view = await this.requests.create(
      { clientId, context, ifMatch, response, idempotencyKey },
      { type: 'AddSkill', data: { ...skill, skillId }, metadata: this.requests.metadata(context, recordedBy) },
      skillId,
    );
    return { skill: view.skills.find((s) => s.skillId === skillId) };
  }

  /** Only the fields given change; `null` clears escoUri, cefrLevel or evidence. */
  @Patch(':skillId')
  async revise(
    @Param('clientId', clientIdPipe) clientId: string,
    @Param('skillId') skillIdParam: string,
    @Body() body: ReviseSkillDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const skillId = entryIdOf('skillId', skillIdParam);
    const { recordedBy, ...changes } = body;
    if (Object.keys(changes).length === 0) throw new RequestValidationError([{ field: 'body', reason: 'must change at least one field' }]);
    const view = await this.requests.change(
      { clientId, context, ifMatch, response },
      { type: 'ReviseSkill', data: { skillId, changes: changes as SkillChanges }, metadata: this.requests.metadata(context, recordedBy) },
    );
    return { skill: view.skills.find((s) => s.skillId === skillId) };
  }

  @Delete(':skillId')
  @HttpCode(204)
  async remove(
    @Param('clientId', clientIdPipe) clientId: string,
    @Param('skillId') skillIdParam: string,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    const skillId = entryIdOf('skillId', skillIdParam);
    await this.requests.change({ clientId, context, ifMatch, response }, { type: 'RemoveSkill', data: { skillId }, metadata: this.requests.metadata(context, undefined) });
  }
}
