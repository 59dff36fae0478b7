import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Patch, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { accessOf, RequestCtx, Roles, type RequestContext } from '@career/auth';
import type { CommandSideOf } from '@career/event-sourcing';
import { Idempotent, setETag } from '@career/platform';
import type { Response } from 'express';
import { guidanceProcess } from '../../guidance-process/domain/guidance-process.aggregate';
import { CareerPlanReader } from '../read-models/career-plan.reader';
import type { AgreedVersionView, CareerPlanView } from '../read-models/career-plan-view';
import {
  AddStepDto,
  ConfirmVersionDto,
  GoalParams,
  PlanParams,
  ReasonDto,
  RecordReviewDto,
  ReviseGoalDto,
  ReviseStepDto,
  SetGoalDto,
  StepParams,
  VersionParams,
} from './career-plan.dto';
import { PlanCommands, type PlanChangeView } from './plan-commands';

const planPath = (processId: string) => `/api/v1/guidance-processes/${processId}/career-plan`;

/**
 * The career plan of a guidance process, for staff (docs/domain.md#the-career-plan): advisors
 * draft and revise goals and steps, confirm versions and record reviews; coordinators read it
 * (without the review notes). Another organisation's plan is 404 on every route.
 */
@ApiTags('career plans')
@ApiBearerAuth()
@Controller('api/v1/guidance-processes/:id/career-plan')
@Roles('advisor')
export class CareerPlanController {
  constructor(
    private readonly commands: PlanCommands,
    private readonly reader: CareerPlanReader,
    @Inject(guidanceProcess.token) private readonly processes: CommandSideOf<typeof guidanceProcess>,
  ) {}

  @Get()
  @Roles('advisor', 'coordinator')
  @ApiOkResponse({ description: 'The current draft (goals with their steps), the agreed versions and the reviews (notes for advisors only); `ETag` is the revision.' })
  async get(@Param() params: PlanParams, @RequestCtx() context: RequestContext, @Res({ passthrough: true }) response: Response): Promise<CareerPlanView> {
    const reader = context.user.role === 'advisor' ? 'advisor' : 'coordinator';
    const view = await this.reader.plan(params.id, accessOf(context), reader, planPath(params.id), context);
    setETag(response, view.revision);
    return view;
  }

  @Get('versions/:version')
  @Roles('advisor', 'coordinator')
  @ApiOkResponse({ description: 'One agreed version exactly as it was agreed. 404 PLAN.VERSION_NOT_FOUND for a version never agreed.' })
  agreedVersion(@Param() params: VersionParams, @RequestCtx() context: RequestContext): Promise<AgreedVersionView> {
    return this.reader.agreedVersion(params.id, params.version, accessOf(context), context);
  }

  @Post('goals')
  @Idempotent()
  @ApiCreatedResponse({ description: 'The goal was set; `goalId` names it. 409 PLAN.DATE_BEFORE_START, PLAN.CLOSED.' })
  setGoal(
    @Param() params: PlanParams,
    @Body() body: SetGoalDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PlanChangeView> {
    const goalId = randomUUID();
    const { kind, what, targetDate } = body;
    return this.commands.run(params.id, 'SetGoal', { goalId, kind, what: { label: what.label, escoUri: what.escoUri }, targetDate }, { context, ifMatch, response }, { goalId });
  }

  @Patch('goals/:goalId')
  @ApiOkResponse({ description: 'The fields given changed; after an agreement the change starts the next draft version.' })
  reviseGoal(
    @Param() params: GoalParams,
    @Body() body: ReviseGoalDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PlanChangeView> {
    const what = body.what ? { label: body.what.label, escoUri: body.what.escoUri } : undefined;
    return this.commands.run(params.id, 'ReviseGoal', { goalId: params.goalId, kind: body.kind, what, targetDate: body.targetDate }, { context, ifMatch, response }, { goalId: params.goalId });
  }

  @Post('goals/:goalId/achieved')
  @HttpCode(200)
  achieveGoal(
    @Param() params: GoalParams,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PlanChangeView> {
    return this.commands.run(params.id, 'AchieveGoal', { goalId: params.goalId }, { context, ifMatch, response }, { goalId: params.goalId });
  }

  @Post('goals/:goalId/dropped')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Dropped with its open steps, for the reason given.' })
  dropGoal(
    @Param() params: GoalParams,
    @Body() body: ReasonDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PlanChangeView> {
    return this.commands.run(params.id, 'DropGoal', { goalId: params.goalId, reason: body.reason }, { context, ifMatch, response }, { goalId: params.goalId });
  }

  @Post('steps')
  @Idempotent()
  @ApiCreatedResponse({ description: 'The step was added; `stepId` names it. 409 PLAN.STEP_WITHOUT_GOAL, PLAN.DATE_BEFORE_START, PLAN.GOAL_NOT_ACTIVE.' })
  addStep(
    @Param() params: PlanParams,
    @Body() body: AddStepDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PlanChangeView> {
    const stepId = randomUUID();
    const { goalId, title, owner, dueDate, link } = body;
    const data = { stepId, goalId, title, owner, dueDate, ...(link ? { link: { kind: link.kind, id: link.id } } : {}), by: 'advisor' as const };
    return this.commands.run(params.id, 'AddStep', data, { context, ifMatch, response }, { stepId });
  }

  @Patch('steps/:stepId')
  reviseStep(
    @Param() params: StepParams,
    @Body() body: ReviseStepDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PlanChangeView> {
    const link = body.link === undefined ? undefined : body.link === null ? null : { kind: body.link.kind, id: body.link.id };
    const data = { stepId: params.stepId, title: body.title, owner: body.owner, dueDate: body.dueDate, link };
    return this.commands.run(params.id, 'ReviseStep', data, { context, ifMatch, response }, { stepId: params.stepId });
  }

  @Post('steps/:stepId/done')
  @HttpCode(200)
  completeStep(
    @Param() params: StepParams,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PlanChangeView> {
    return this.commands.run(params.id, 'CompleteStep', { stepId: params.stepId, by: 'advisor' }, { context, ifMatch, response }, { stepId: params.stepId });
  }

  @Post('steps/:stepId/dropped')
  @HttpCode(200)
  dropStep(
    @Param() params: StepParams,
    @Body() body: ReasonDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PlanChangeView> {
    return this.commands.run(params.id, 'DropStep', { stepId: params.stepId, reason: body.reason }, { context, ifMatch, response }, { stepId: params.stepId });
  }

  /** The advisor's side of the agreement: If-Match is required, so what is confirmed is exactly the draft read. */
  @Post('confirmations')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Confirmed; `draft.agreed` once the client has confirmed the same draft. 428 without If-Match; 409 PLAN.NO_GOAL, PLAN.VERSION_NOT_CURRENT.' })
  confirm(
    @Param() params: PlanParams,
    @Body() body: ConfirmVersionDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PlanChangeView> {
    return this.commands.run(params.id, 'ConfirmVersion', { version: body.version, by: 'advisor' }, { context, ifMatch, ifMatchOptions: { required: true, what: 'career plan' }, response });
  }

  /** A review at one of the process's meetings: progress per step and the advisor's notes (encrypted, never shown to the client). */
  @Post('reviews')
  @Idempotent()
  @ApiCreatedResponse({ description: 'Recorded; `reviewId` names it. 404 MEETING.NOT_FOUND for a meeting the process does not have.' })
  async review(
    @Param() params: PlanParams,
    @Body() body: RecordReviewDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PlanChangeView> {
    const reviewId = randomUUID();
    // The process's meetings, read without decrypting anything: only their status matters here.
    const process = await this.processes.standing(params.id, accessOf(context));
    const meeting = process && process.state.status !== 'Empty' ? process.state.meetings.find((m) => m.meetingId === body.meetingId) : undefined;
    const data = {
      reviewId,
      meetingId: body.meetingId,
      ...(meeting ? { meeting: { status: meeting.status } } : {}),
      progress: body.progress.map(({ stepId, progress }) => ({ stepId, progress })),
      notes: body.notes ?? '',
    };
    return this.commands.run(params.id, 'RecordReview', data, { context, ifMatch, response }, { reviewId });
  }
}
