import { randomUUID } from 'node:crypto';
import { Body, Controller, Headers, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { accessOf, RequestCtx, Roles, type RequestContext } from '@career/auth';
import type { CommandSideOf } from '@career/event-sourcing';
import { expectedRevisionOf, Idempotent, setETag } from '@career/platform';
import type { Response } from 'express';
import { guidanceProcess } from '../domain/guidance-process.aggregate';
import type { ProcessView } from '../read-models/process-view';
import { processAfter } from './process-response';
import { ProcessParams } from './process.dto';
import { ReferralParams, TrainingCompletionDto, TrainingReferralDto } from './training.dto';

/** Licence and permit trainings: the advisor refers, the advisor or coordinator records the result. */
@ApiTags('guidance processes')
@ApiBearerAuth()
@Controller('api/v1/guidance-processes/:id/training-referrals')
@Roles('advisor', 'coordinator')
export class TrainingReferralsController {
  constructor(@Inject(guidanceProcess.token) private readonly processes: CommandSideOf<typeof guidanceProcess>) {}

  @Post()
  @Idempotent()
  @ApiCreatedResponse({ description: 'Referred; 400 CATALOGUE.UNKNOWN_LICENCE for a code not in the catalogue.' })
  async refer(
    @Param() params: ProcessParams,
    @Body() body: TrainingReferralDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<{ processId: string; referralId: string; revision: number }> {
    const referralId = randomUUID();
    const result = await this.processes.handle(
      params.id,
      { type: 'ReferToTraining', data: { referralId, licenceCode: body.licenceCode, provider: body.provider }, metadata: { now: context.now } },
      { context, access: accessOf(context), expectedRevision: expectedRevisionOf(ifMatch) },
    );
    setETag(response, result.revision);
    response.setHeader('Location', `/api/v1/guidance-processes/${params.id}`);
    return { processId: params.id, referralId, revision: result.revision };
  }

  @Post(':referralId/completion')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The licence as a credential fact: earned or not, valid until.' })
  async complete(
    @Param() params: ReferralParams,
    @Body() body: TrainingCompletionDto,
    @RequestCtx() context: RequestContext,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ProcessView> {
    const { passed, licenceIdentifier, validUntil } = body;
    const result = await this.processes.handle(
      params.id,
      { type: 'RecordTrainingCompletion', data: { referralId: params.referralId, passed, licenceIdentifier, validUntil }, metadata: { now: context.now } },
      { context, access: accessOf(context), expectedRevision: expectedRevisionOf(ifMatch) },
    );
    return processAfter(result, response, context.now);
  }
}
