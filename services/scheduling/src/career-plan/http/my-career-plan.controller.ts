import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { accessOf, Me, MyClientId, RequestCtx, type RequestContext } from '@career/auth';
import { Idempotent, setETag } from '@career/platform';
import type { Response } from 'express';
import { CareerPlanReader } from '../read-models/career-plan.reader';
import type { AgreedVersionView, CareerPlanView } from '../read-models/career-plan-view';
import { AddOwnStepDto, ConfirmVersionDto, OwnStepParams, OwnVersionParams } from './career-plan.dto';
import { PlanCommands, type PlanChangeView } from './plan-commands';

const MY_PLAN = '/api/v1/me/career-plan';

/**
 * The client's own career plan (docs/domain.md#the-career-plan): the plan of their current
 * guidance process, read (never the advisor's review notes), their own steps added and marked
 * done, and their side of the agreement. Each change is an event whose actor is the client.
 * Nobody else's plan is reachable here: the plan comes from the person's own record.
 */
@ApiTags('my career plan')
@ApiBearerAuth()
@Controller('api/v1/me/career-plan')
@Me()
export class MyCareerPlanController {
  constructor(
    private readonly commands: PlanCommands,
    private readonly reader: CareerPlanReader,
  ) {}

  @Get()
  @ApiOkResponse({ description: 'Your plan: the current draft, the agreed versions and the reviews (without notes); `ETag` is its revision.' })
  async get(@MyClientId() clientId: string, @RequestCtx() context: RequestContext, @Res({ passthrough: true }) response: Response): Promise<CareerPlanView> {
    const planId = await this.reader.currentPlanIdOf(clientId);
    const view = await this.reader.plan(planId, accessOf(context), 'client', MY_PLAN, context);
    setETag(response, view.revision);
    return view;
  }

  @Get('versions/:version')
  @ApiOkResponse({ description: 'One agreed version of your plan, exactly as agreed.' })
  async agreedVersion(@Param() params: OwnVersionParams, @MyClientId() clientId: string, @RequestCtx() context: RequestContext): Promise<AgreedVersionView> {
    return this.reader.agreedVersion(await this.reader.currentPlanIdOf(clientId), params.version, accessOf(context), context);
  }

  @Post('steps')
  @Idempotent()
  @ApiCreatedResponse({ description: 'Your step was added (you do it yourself); `stepId` names it. 409 PLAN.STEP_WITHOUT_GOAL, PLAN.DATE_BEFORE_START.' })
  async addStep(
    @Body() body: AddOwnStepDto,
    @MyClientId() clientId: string,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PlanChangeView> {
    const stepId = randomUUID();
    const { goalId, title, dueDate, link } = body;
    const data = { stepId, goalId, title, owner: 'client' as const, dueDate, ...(link ? { link: { kind: link.kind, id: link.id } } : {}), by: 'client' as const };
    return this.commands.run(await this.reader.currentPlanIdOf(clientId), 'AddStep', data, { context, ifMatch, response }, { stepId });
  }

  @Post('steps/:stepId/done')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Marked done. 409 PLAN.NOT_CLIENTS_STEP for a step the advisor does.' })
  async completeStep(
    @Param() params: OwnStepParams,
    @MyClientId() clientId: string,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PlanChangeView> {
    const planId = await this.reader.currentPlanIdOf(clientId);
    return this.commands.run(planId, 'CompleteStep', { stepId: params.stepId, by: 'client' }, { context, ifMatch, response }, { stepId: params.stepId });
  }

  /** Your side of the agreement: send the ETag you read as If-Match, so you confirm exactly what you saw. */
  @Post('confirmations')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Confirmed; `draft.agreed` once the advisor has confirmed the same draft. 428 without If-Match.' })
  async confirm(
    @Body() body: ConfirmVersionDto,
    @MyClientId() clientId: string,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PlanChangeView> {
    const planId = await this.reader.currentPlanIdOf(clientId);
    return this.commands.run(planId, 'ConfirmVersion', { version: body.version, by: 'client' }, { context, ifMatch, ifMatchOptions: { required: true, what: 'career plan' }, response });
  }
}
