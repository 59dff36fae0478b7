import { randomUUID } from 'node:crypto';
import { Body, Controller, Delete, Headers, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { RequestCtx, Roles, type RequestContext } from '@career/auth';
import type { CommandSideOf } from '@career/event-sourcing';
import { Idempotent, setETag } from '@career/platform';
import type { Response } from 'express';
import { skillsProfile } from '../domain/skills-profile.aggregate';
import { AddEducationDto, AddLicenceDto, AddWorkExperienceDto } from './dto/history.dto';
import { clientIdPipe, entryIdOf } from './path-params';
import { answered, personMetadata, ProfileRequests } from './profile-requests';

/** What a CV lists besides skills: work experience, education, licences and permits. */
@ApiTags('skills-profiles')
@ApiBearerAuth()
@ApiHeader({ name: 'If-Match', required: false, description: 'The ETag the caller saw; 412 when the profile changed since.' })
@Roles('advisor')
@Controller('api/v1/skills-profiles/:clientId')
export class HistoryController {
  constructor(
    @Inject(skillsProfile.token) private readonly profiles: CommandSideOf<typeof skillsProfile>,
    private readonly requests: ProfileRequests,
  ) {}

  @Post('experience')
  @Idempotent()
  async addExperience(
    @Param('clientId', clientIdPipe) clientId: string,
    @Body() body: AddWorkExperienceDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { recordedBy, ...entry } = body;
    const entryId = randomUUID();
    const result = await this.profiles.handle(
      clientId,
      { type: 'AddWorkExperience', data: { ...entry, entryId }, metadata: personMetadata(context, recordedBy) },
      this.requests.change(context, ifMatch),
    );
    return { experience: answered(response, result).workExperience.find((e) => e.entryId === entryId) };
  }

  @Delete('experience/:entryId')
  @HttpCode(204)
  async removeExperience(
    @Param('clientId', clientIdPipe) clientId: string,
    @Param('entryId') entryIdParam: string,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    const entryId = entryIdOf('entryId', entryIdParam);
    const result = await this.profiles.handle(
      clientId,
      { type: 'RemoveWorkExperience', data: { entryId }, metadata: personMetadata(context) },
      this.requests.change(context, ifMatch),
    );
    setETag(response, result.revision);
  }

  @Post('education')
  @Idempotent()
  async addEducation(
    @Param('clientId', clientIdPipe) clientId: string,
    @Body() body: AddEducationDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { recordedBy, ...entry } = body;
    const entryId = randomUUID();
    const result = await this.profiles.handle(
      clientId,
      { type: 'AddEducation', data: { ...entry, entryId }, metadata: personMetadata(context, recordedBy) },
      this.requests.change(context, ifMatch),
    );
    return { education: answered(response, result).education.find((e) => e.entryId === entryId) };
  }

  @Delete('education/:entryId')
  @HttpCode(204)
  async removeEducation(
    @Param('clientId', clientIdPipe) clientId: string,
    @Param('entryId') entryIdParam: string,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    const entryId = entryIdOf('entryId', entryIdParam);
    const result = await this.profiles.handle(
      clientId,
      { type: 'RemoveEducation', data: { entryId }, metadata: personMetadata(context) },
      this.requests.change(context, ifMatch),
    );
    setETag(response, result.revision);
  }

  /** Licences earned in scheduling's trainings arrive by themselves (TrainingCompleted); this records others. */
  @Post('licences')
  @Idempotent()
  async addLicence(
    @Param('clientId', clientIdPipe) clientId: string,
    @Body() body: AddLicenceDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { recordedBy, ...fields } = body;
    const licenceId = randomUUID();
    const result = await this.profiles.handle(
      clientId,
      { type: 'AddLicence', data: { ...fields, licenceId }, metadata: personMetadata(context, recordedBy) },
      this.requests.change(context, ifMatch),
    );
    return { licence: answered(response, result).licences.find((l) => l.licenceId === licenceId) };
  }

  @Delete('licences/:licenceId')
  @HttpCode(204)
  async removeLicence(
    @Param('clientId', clientIdPipe) clientId: string,
    @Param('licenceId') licenceIdParam: string,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    const licenceId = entryIdOf('licenceId', licenceIdParam);
    const result = await this.profiles.handle(
      clientId,
      { type: 'RemoveLicence', data: { licenceId }, metadata: personMetadata(context) },
      this.requests.change(context, ifMatch),
    );
    setETag(response, result.revision);
  }
}
