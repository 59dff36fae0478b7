import { randomUUID } from 'node:crypto';
import { Body, Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequestCtx, Roles, type RequestContext } from '@career/auth';
import { Idempotent } from '@career/platform';
import type { Response } from 'express';
import type { ProcessView } from '../process-view';
import { ProcessParams } from './process.dto';
import { runProcessCommand, viewAfter } from './run-process-command';
import { ReferralParams, TrainingCompletionDto, TrainingReferralDto } from './training.dto';

/** Licence and permit trainings: the advisor refers, the advisor or coordinator records the result. */
@ApiTags('guidance processes')
@ApiBearerAuth()
@Controller('api/v1/guidance-processes/:id/training-referrals')
@Roles('advisor', 'coordinator')
export class TrainingReferralsController {
  constructor(private readonly commands: CommandBus) {}

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
    const command = { type: 'ReferToTraining', data: { referralId, licenceCode: body.licenceCode, provider: body.provider } } as const;
    const result = await runProcessCommand(this.commands, params.id, command, context, ifMatch, response);
    response.setHeader('Location', `/api/v1/guidance-processes/${params.id}`);
    return { processId: params.id, referralId, revision: result.nextExpectedRevision };
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
    const command = {
      type: 'RecordTrainingCompletion',
      data: { referralId: params.referralId, passed: body.passed, licenceIdentifier: body.licenceIdentifier, validUntil: body.validUntil },
    } as const;
    return viewAfter(await runProcessCommand(this.commands, params.id, command, context, ifMatch, response), context.now);
  }
}
