import { Body, Controller, Delete, Get, Headers, HttpCode, Inject, Param, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { accessOf, RequestCtx, Roles, type RequestContext } from '@career/auth';
import type { CommandSideOf } from '@career/event-sourcing';
import { setETag } from '@career/platform';
import type { Response } from 'express';
import { skillsProfile } from '../domain/skills-profile.aggregate';
import { SkillsProfileReads } from '../read-models/skills-profile-reads';
import { RecordInterestInventoryDto } from './dto/interest-inventory.dto';
import { WriteProfileTextDto } from './dto/profile-text.dto';
import { PersonChangeDto } from './dto/person-change.dto';
import { CompleteAssessmentDto, RecordSelfAssessmentDto } from './dto/self-assessment.dto';
import { clientIdPipe } from './path-params';
import { answered, personMetadata, ProfileRequests } from './profile-requests';

/**
 * The client's skills profile as a whole, its interests, self-assessments and completion.
 * Advisors of the client's organisation only; another organisation's client is 404.
 */
@ApiTags('skills-profiles')
@ApiBearerAuth()
@ApiHeader({ name: 'If-Match', required: false, description: 'On changes: the ETag the caller saw; 412 when the profile changed since.' })
@Roles('advisor')
@Controller('api/v1/skills-profiles/:clientId')
export class SkillsProfileController {
  constructor(
    @Inject(skillsProfile.token) private readonly profiles: CommandSideOf<typeof skillsProfile>,
    private readonly reads: SkillsProfileReads,
    private readonly requests: ProfileRequests,
  ) {}

  /** The read is recorded in the profile's view log (who, when, why) before it is answered. */
  @Get()
  @ApiOkResponse({ description: 'The profile (evidence and descriptions decrypted), interest scores and code, gaps per target, self-assessment trend; ETag = stream revision.' })
  async get(@Param('clientId', clientIdPipe) clientId: string, @RequestCtx() context: RequestContext, @Res({ passthrough: true }) response: Response) {
    const view = await this.reads.show(clientId, context, accessOf(context), { purpose: 'guidance', channel: 'api' });
    setETag(response, view.revision);
    return view;
  }

  @Post('interest-inventory')
  async recordInterestInventory(
    @Param('clientId', clientIdPipe) clientId: string,
    @Body() body: RecordInterestInventoryDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const result = await this.profiles.handle(
      clientId,
      { type: 'RecordInterestInventory', data: { answers: body.answers }, metadata: personMetadata(context, body.recordedBy) },
      this.requests.change(context, ifMatch),
    );
    return { interestInventory: answered(response, result).interestInventory };
  }

  @Post('self-assessments')
  async recordSelfAssessment(
    @Param('clientId', clientIdPipe) clientId: string,
    @Body() body: RecordSelfAssessmentDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { phase, selfKnowledge, identifyOwnSkills, careerPlanningConfidence, recordedBy } = body;
    const result = await this.profiles.handle(
      clientId,
      {
        type: 'RecordSelfAssessment',
        data: { phase, selfKnowledge, identifyOwnSkills, careerPlanningConfidence },
        metadata: personMetadata(context, recordedBy),
      },
      this.requests.change(context, ifMatch),
    );
    const view = answered(response, result);
    return { selfAssessments: view.selfAssessments, selfAssessmentTrend: view.selfAssessmentTrend };
  }

  /** The profile stays editable afterwards; completing again is allowed once something changed. */
  @Post('complete')
  @HttpCode(200)
  async complete(
    @Param('clientId', clientIdPipe) clientId: string,
    @Body() body: CompleteAssessmentDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const result = await this.profiles.handle(
      clientId,
      { type: 'CompleteAssessment', data: {}, metadata: personMetadata(context, body.recordedBy) },
      this.requests.change(context, ifMatch),
    );
    return { completion: answered(response, result).completion };
  }

  /** The client's profile in their own words, typed in with the advisor (`recordedBy: client`) when the client cannot use their own channel. */
  @Put('profile-text')
  async writeProfileText(
    @Param('clientId', clientIdPipe) clientId: string,
    @Body() body: WriteProfileTextDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const result = await this.profiles.handle(
      clientId,
      { type: 'WriteProfileText', data: { text: body.text }, metadata: personMetadata(context, body.recordedBy) },
      this.requests.change(context, ifMatch),
    );
    return { profileText: answered(response, result).profileText };
  }

  @Delete('profile-text')
  @HttpCode(204)
  async removeProfileText(
    @Param('clientId', clientIdPipe) clientId: string,
    @Body() body: PersonChangeDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    const result = await this.profiles.handle(
      clientId,
      { type: 'RemoveProfileText', data: {}, metadata: personMetadata(context, body.recordedBy) },
      this.requests.change(context, ifMatch),
    );
    setETag(response, result.revision);
  }
}
