import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequestCtx, Roles, type RequestContext } from '@career/auth';
import { OverdueCheckJob, type SweepResult } from './overdue-check.job';

/** Runs the overdue sweep now, at the request's time (operations; the job also runs on its interval). */
@ApiTags('operations')
@ApiBearerAuth()
@Controller('api/v1/admin/overdue-checks')
@Roles('admin')
export class OverdueChecksController {
  constructor(private readonly job: OverdueCheckJob) {}

  @Post()
  @HttpCode(200)
  @ApiOkResponse({ description: 'How many open initial assessments were past week 5 and how many were announced now.' })
  run(@RequestCtx() context: RequestContext): Promise<SweepResult> {
    return this.job.sweep(context.now);
  }
}
