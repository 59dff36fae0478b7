import { BadRequestException, Controller, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { accessOf, RequestCtx, Roles, type RequestContext } from '@career/auth';
import { INSTANT_FORMAT, parseInstant } from '@career/calendar';
import { ClientIntakeConfig } from '../../client-intake.config';
import { RetentionJob, type RetentionRun } from '../retention/retention.job';

/**
 * Runs the retention job now for the caller's organisation: an administrator's, or the one a
 * service token names; every organisation only for a service configured as cross-organisation
 * (CROSS_ORGANISATION_SERVICES).
 */
@ApiTags('internal')
@ApiBearerAuth()
@Controller('internal/v1/retention')
@Roles('admin', 'service')
export class RetentionController {
  constructor(
    private readonly job: RetentionJob,
    private readonly config: ClientIntakeConfig,
  ) {}

  @Post('run')
  @HttpCode(200)
  @ApiQuery({ name: 'now', required: false, type: String, format: 'date-time', description: 'ISO 8601 instant with an offset to run as of; only where RETENTION_ALLOW_TIME_OVERRIDE=true (tests)' })
  @ApiOkResponse({ description: 'What the run destroyed and skipped.' })
  run(@Query('now') nowParameter: string | undefined, @RequestCtx() context: RequestContext): Promise<RetentionRun> {
    let now = context.now;
    if (nowParameter !== undefined) {
      if (!this.config.RETENTION_ALLOW_TIME_OVERRIDE) throw new BadRequestException('now cannot be set in this environment.');
      const parsed = parseInstant(nowParameter);
      if (!parsed) throw new BadRequestException(`now must be ${INSTANT_FORMAT}.`);
      now = parsed;
    }
    const { organisation } = accessOf(context);
    return this.job.runOnce({ now, ...(organisation !== undefined ? { organisation } : {}), actor: context.actor });
  }
}
