import { Body, Controller, Delete, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { RequestCtx, Roles, type RequestContext } from '@career/auth';
import type { Response } from 'express';
import { AddEducationDto, AddLicenceDto, AddWorkExperienceDto } from './dto/history.dto';
import { clientIdPipe, entryIdOf, newEntryId } from './http-conventions';
import { ProfileRequests } from './profile-requests';

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
    const entryId = newEntryId(clientId, 'experience', idempotencyKey);
    const view = await this.requests.create(
      { clientId, context, ifMatch, response, idempotencyKey },
      { type: 'AddWorkExperience', data: { ...entry, entryId }, metadata: this.requests.metadata(context, recordedBy) },
      entryId,
    );
    return { experience: view.workExperience.find((e) => e.entryId === entryId) };
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
    await this.requests.change(
      { clientId, context, ifMatch, response },
      { type: 'RemoveWorkExperience', data: { entryId }, metadata: this.requests.metadata(context, undefined) },
    );
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
    const entryId = newEntryId(clientId, 'education', idempotencyKey);
    const view = await this.requests.create(
      { clientId, context, ifMatch, response, idempotencyKey },
      { type: 'AddEducation', data: { ...entry, entryId }, metadata: this.requests.metadata(context, recordedBy) },
      entryId,
    );
    return { education: view.education.find((e) => e.entryId === entryId) };
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
    await this.requests.change(
      { clientId, context, ifMatch, response },
      { type: 'RemoveEducation', data: { entryId }, metadata: this.requests.metadata(context, undefined) },
    );
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
    const { recordedBy, ...licence } = body;
    const licenceId = newEntryId(clientId, 'licence', idempotencyKey);
    const view = await this.requests.create(
      { clientId, context, ifMatch, response, idempotencyKey },
      { type: 'AddLicence', data: { ...licence, licenceId }, metadata: this.requests.metadata(context, recordedBy) },
      licenceId,
    );
    return { licence: view.licences.find((l) => l.licenceId === licenceId) };
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
    await this.requests.change(
      { clientId, context, ifMatch, response },
      { type: 'RemoveLicence', data: { licenceId }, metadata: this.requests.metadata(context, undefined) },
    );
  }
}
