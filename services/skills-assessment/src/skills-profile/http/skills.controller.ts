import { randomUUID } from 'node:crypto';
import { Body, Controller, Delete, Headers, HttpCode, Inject, Param, Patch, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { RequestCtx, Roles, type RequestContext } from '@career/auth';
import type { CommandSideOf } from '@career/event-sourcing';
import { Idempotent, RequestValidationError, setETag } from '@career/platform';
import type { Response } from 'express';
import { skillsProfile } from '../domain/skills-profile.aggregate';
import type { SkillChanges } from '../domain/skills-profile.commands';
import { AddSkillDto, ReviseSkillDto } from './dto/skill.dto';
import { clientIdPipe, entryIdOf } from './path-params';
import { answered, personMetadata, ProfileRequests } from './profile-requests';

@ApiTags('skills-profiles')
@ApiBearerAuth()
@ApiHeader({ name: 'If-Match', required: false, description: 'The ETag the caller saw; 412 when the profile changed since.' })
@Roles('advisor')
@Controller('api/v1/skills-profiles/:clientId/skills')
export class SkillsController {
  constructor(
    @Inject(skillsProfile.token) private readonly profiles: CommandSideOf<typeof skillsProfile>,
    private readonly requests: ProfileRequests,
  ) {}

  @Post()
  @Idempotent()
  async add(
    @Param('clientId', clientIdPipe) clientId: string,
    @Body() body: AddSkillDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { recordedBy, ...skill } = body;
    const skillId = randomUUID();
    const result = await this.profiles.handle(
      clientId,
      { type: 'AddSkill', data: { ...skill, skillId }, metadata: personMetadata(context, recordedBy) },
      this.requests.change(context, ifMatch),
    );
    return { skill: answered(response, result).skills.find((s) => s.skillId === skillId) };
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
    const result = await this.profiles.handle(
      clientId,
      { type: 'ReviseSkill', data: { skillId, changes: changes as SkillChanges }, metadata: personMetadata(context, recordedBy) },
      this.requests.change(context, ifMatch),
    );
    return { skill: answered(response, result).skills.find((s) => s.skillId === skillId) };
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
    const result = await this.profiles.handle(
      clientId,
      { type: 'RemoveSkill', data: { skillId }, metadata: personMetadata(context) },
      this.requests.change(context, ifMatch),
    );
    setETag(response, result.revision);
  }
}
