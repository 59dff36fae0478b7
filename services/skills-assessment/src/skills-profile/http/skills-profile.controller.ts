import { Body, Controller, Get, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { forClient, RequestCtx, Roles, type RequestContext } from '@career/auth';
import type { Response } from 'express';
import { GetSkillsProfileQuery } from '../queries/get-skills-profile.query';
import type { SkillsProfileView } from '../queries/skills-profile.view';
import { RecordInterestInventoryDto } from './dto/interest-inventory.dto';
import { CompleteAssessmentDto, RecordSelfAssessmentDto } from './dto/self-assessment.dto';
import { clientIdPipe, setETag } from './http-conventions';
import { ProfileRequests } from './profile-requests';

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
    private readonly queries: QueryBus,
    private readonly requests: ProfileRequests,
  ) {}

  /** The read is recorded in the profile's view log (who, when, why) before it is answered. */
  @Get()
  @ApiOkResponse({ description: 'The profile (evidence and descriptions decrypted), interest scores and code, gaps per target, self-assessment trend; ETag = stream revision.' })
  async get(@Param('clientId', clientIdPipe) clientId: string, @RequestCtx() context: RequestContext, @Res({ passthrough: true }) response: Response) {
    const view: SkillsProfileView = await this.queries.execute(
      new GetSkillsProfileQuery(clientId, forClient(context, clientId), { staffOrganisation: context.organisation, purpose: 'guidance', channel: 'api' }),
    );
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
    const view = await this.requests.change(
      { clientId, context, ifMatch, response },
      { type: 'RecordInterestInventory', data: { answers: body.answers }, metadata: this.requests.metadata(context, body.recordedBy) },
    );
    return { interestInventory: view.interestInventory };
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
    const view = await this.requests.change(
      { clientId, context, ifMatch, response },
      {
        type: 'RecordSelfAssessment',
        data: { phase, selfKnowledge, identifyOwnSkills, careerPlanningConfidence },
        metadata: this.requests.metadata(context, recordedBy),
      },
    );
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
    const view = await this.requests.change(
      { clientId, context, ifMatch, response },
      { type: 'CompleteAssessment', data: {}, metadata: this.requests.metadata(context, body.recordedBy) },
    );
    return { completion: view.completion };
  }
}
