import { randomUUID } from 'node:crypto';
import { Body, Controller, Delete, Get, Headers, HttpCode, Inject, Param, Patch, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { accessOf, Me, MyClientId, RequestCtx, type RequestContext } from '@career/auth';
import type { CommandSideOf } from '@career/event-sourcing';
import { Idempotent, RequestValidationError, setETag } from '@career/platform';
import type { Response } from 'express';
import { skillsProfile } from '../domain/skills-profile.aggregate';
import type { SkillChanges, SkillsProfileCommand } from '../domain/skills-profile.commands';
import { SkillsProfileReads } from '../read-models/skills-profile-reads';
import type { SkillsProfileView } from '../read-models/skills-profile.view';
import { MyAddSkillDto, MyInterestInventoryDto, MyProfileTextDto, MyReviseSkillDto, MySelfAssessmentDto } from './dto/my-profile.dto';
import { entryIdOf } from './path-params';
import { answered, personMetadata, ProfileRequests } from './profile-requests';

/**
 * The client's own skills profile (docs/domain.md#the-people: the client answers the inventory
 * and the self-assessments and records their skills in their own words). `@Me()`: the person's
 * own profile only; every change is recorded with `recordedBy: client` and the client as actor.
 * Answers and ETags as on the staff routes.
 */
@ApiTags('me')
@ApiBearerAuth()
@ApiHeader({ name: 'If-Match', required: false, description: 'On changes: the ETag you saw; 412 when the profile changed since.' })
@Me()
@Controller('api/v1/me/skills-profile')
export class MySkillsProfileController {
  constructor(
    @Inject(skillsProfile.token) private readonly profiles: CommandSideOf<typeof skillsProfile>,
    private readonly reads: SkillsProfileReads,
    private readonly requests: ProfileRequests,
  ) {}

  @Get()
  @ApiOkResponse({ description: 'Your profile: skills, interests, targets and their gaps, self-assessments, your profile text; ETag = its revision.' })
  async get(@MyClientId() clientId: string, @RequestCtx() context: RequestContext, @Res({ passthrough: true }) response: Response): Promise<SkillsProfileView> {
    const view = await this.reads.own(clientId, accessOf(context));
    setETag(response, view.revision);
    return view;
  }

  @Post('skills')
  @Idempotent()
  async addSkill(@MyClientId() clientId: string, @Body() body: MyAddSkillDto, @RequestCtx() context: RequestContext, @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) response: Response) {
    const skillId = randomUUID();
    const view = await this.change(clientId, { type: 'AddSkill', data: { ...body, skillId }, metadata: personMetadata(context) }, context, ifMatch, response);
    return { skill: view.skills.find((s) => s.skillId === skillId) };
  }

  /** Any skill of your profile: only the fields given change; `null` clears escoUri, cefrLevel or evidence. */
  @Patch('skills/:skillId')
  async reviseSkill(
    @MyClientId() clientId: string,
    @Param('skillId') skillIdParam: string,
    @Body() body: MyReviseSkillDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const skillId = entryIdOf('skillId', skillIdParam);
    if (Object.keys(body).length === 0) throw new RequestValidationError([{ field: 'body', reason: 'must change at least one field' }]);
    const command: SkillsProfileCommand = { type: 'ReviseSkill', data: { skillId, changes: body as SkillChanges }, metadata: personMetadata(context) };
    const view = await this.change(clientId, command, context, ifMatch, response);
    return { skill: view.skills.find((s) => s.skillId === skillId) };
  }

  @Post('interest-inventory')
  async answerInterestInventory(@MyClientId() clientId: string, @Body() body: MyInterestInventoryDto, @RequestCtx() context: RequestContext, @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) response: Response) {
    const view = await this.change(clientId, { type: 'RecordInterestInventory', data: { answers: body.answers }, metadata: personMetadata(context) }, context, ifMatch, response);
    return { interestInventory: view.interestInventory };
  }

  /** One at the start, any number during, one at the end. */
  @Post('self-assessments')
  async rateYourself(@MyClientId() clientId: string, @Body() body: MySelfAssessmentDto, @RequestCtx() context: RequestContext, @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) response: Response) {
    const { phase, selfKnowledge, identifyOwnSkills, careerPlanningConfidence } = body;
    const command: SkillsProfileCommand = { type: 'RecordSelfAssessment', data: { phase, selfKnowledge, identifyOwnSkills, careerPlanningConfidence }, metadata: personMetadata(context) };
    const view = await this.change(clientId, command, context, ifMatch, response);
    return { selfAssessments: view.selfAssessments, selfAssessmentTrend: view.selfAssessmentTrend };
  }

  /** Your profile in your own words (at most 700 characters): your CV prints it as its profile paragraph. */
  @Put('profile-text')
  @ApiOkResponse({ description: 'Written (the same text again changes nothing).' })
  async writeProfileText(@MyClientId() clientId: string, @Body() body: MyProfileTextDto, @RequestCtx() context: RequestContext, @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) response: Response) {
    const view = await this.change(clientId, { type: 'WriteProfileText', data: { text: body.text }, metadata: personMetadata(context) }, context, ifMatch, response);
    return { profileText: view.profileText };
  }

  @Delete('profile-text')
  @HttpCode(204)
  async removeProfileText(@MyClientId() clientId: string, @RequestCtx() context: RequestContext, @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.change(clientId, { type: 'RemoveProfileText', data: {}, metadata: personMetadata(context) }, context, ifMatch, response);
  }

  private async change(clientId: string, command: SkillsProfileCommand, context: RequestContext, ifMatch: string | undefined, response: Response): Promise<SkillsProfileView> {
    return answered(response, await this.profiles.handle(clientId, command, this.requests.change(context, ifMatch)));
  }
}
