import { Body, Controller, Delete, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { RequestCtx, Roles, type RequestContext } from '@career/auth';
import type { Response } from 'express';
import { AddEducationDto, AddLicenceDto, AddWorkExperienceDto } from './dto/history.dto';
import { clientIdPipe, entryIdOf, newEntryId } from './http-conventions';
import type { SkillsProfileView } from '../queries/skills-profile.view';
import type { SkillsProfileCommand } from '../skills-profile.commands';
import { ProfileRequests, type ProfileRequest } from './profile-requests';

/** What a CV lists besides skills: work experience, education, licences and permits. */
@ApiTags('skills-profiles')
@ApiBearerAuth()
@ApiHeader({ name: 'If-Match', required: false, description: 'The ETag the caller saw; 412 when the profile changed since.' })
@Roles('advisor')
@Controller('api/v1/skills-profiles/:clientId')
export class HistoryController {
  constructor(private readonly requests: ProfileRequests) {}

  @Post('experience')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A repeated request with the same key creates nothing new.' })
  async addExperience(
    @Param('clientId', clientIdPipe) clientId: string,
    @Body() body: AddWorkExperienceDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { recordedBy, ...entry } = body;
    const experience = await this.add({ clientId, context, ifMatch, response, idempotencyKey }, 'experience', (entryId) => ({
      command: { type: 'AddWorkExperience', data: { ...entry, entryId }, metadata: this.requests.metadata(context, recordedBy) },
      created: (view) => view.workExperience.find((e) => e.entryId === entryId),
    }));
    return { experience };
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
    await this.requests.change({ clientId, context, ifMatch, response }, { type: 'RemoveWorkExperience', data: { entryId }, metadata: this.requests.metadata(context, undefined) });
  }

  @Post('education')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A repeated request with the same key creates nothing new.' })
  async addEducation(
    @Param('clientId', clientIdPipe) clientId: string,
    @Body() body: AddEducationDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { recordedBy, ...entry } = body;
    const education = await this.add({ clientId, context, ifMatch, response, idempotencyKey }, 'education', (entryId) => ({
      command: { type: 'AddEducation', data: { ...entry, entryId }, metadata: this.requests.metadata(context, recordedBy) },
      created: (view) => view.education.find((e) => e.entryId === entryId),
    }));
    return { education };
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
    await this.requests.change({ clientId, context, ifMatch, response }, { type: 'RemoveEducation', data: { entryId }, metadata: this.requests.metadata(context, undefined) });
  }

  /** Licences earned in scheduling's trainings arrive by themselves (TrainingCompleted); this records others. */
  @Post('licences')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A repeated request with the same key creates nothing new.' })
  async addLicence(
    @Param('clientId', clientIdPipe) clientId: string,
    @Body() body: AddLicenceDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { recordedBy, ...fields } = body;
    const licence = await this.add({ clientId, context, ifMatch, response, idempotencyKey }, 'licence', (licenceId) => ({
      command: { type: 'AddLicence', data: { ...fields, licenceId }, metadata: this.requests.metadata(context, recordedBy) },
      created: (view) => view.licences.find((l) => l.licenceId === licenceId),
    }));
    return { licence };
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
    await this.requests.change({ clientId, context, ifMatch, response }, { type: 'RemoveLicence', data: { licenceId }, metadata: this.requests.metadata(context, undefined) });
  }

  /**
   * What every "add" shares: the new entry's id (derived from the Idempotency-Key when there is
   * one, so a repeat names the same entry), the create-or-repeat, and the created entry as answer.
   */
  private async add<T>(
    request: ProfileRequest & { idempotencyKey?: string },
    kind: string,
    addition: (id: string) => { command: SkillsProfileCommand; created: (view: SkillsProfileView) => T | undefined },
  ): Promise<T | undefined> {
    const id = newEntryId(request.clientId, kind, request.idempotencyKey);
    const { command, created } = addition(id);
    return created(await this.requests.create(request, command, id));
  }
}
