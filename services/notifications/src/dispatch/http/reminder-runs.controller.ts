import { BadRequestException, Controller, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { RequestCtx, Roles, type RequestContext } from '@career/auth';
import { INSTANT_FORMAT, parseInstant } from '@career/calendar';
import { NotificationsConfig } from '../../notifications.config';
import { refuse } from '../../notifications.errors';
import { ReminderDispatcher, type DispatchRun } from '../reminder-dispatcher';

/** Runs the dispatcher now (operations; it also runs on its interval). */
@ApiTags('operations')
@ApiBearerAuth()
@Controller('api/v1/admin/reminder-runs')
@Roles('admin')
export class ReminderRunsController {
  constructor(
    private readonly dispatcher: ReminderDispatcher,
    private readonly config: NotificationsConfig,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiQuery({ name: 'now', required: false, description: `${INSTANT_FORMAT}; only where REMINDERS_ALLOW_TIME_OVERRIDE=true (tests, demos)` })
  @ApiOkResponse({ description: 'How many reminders the run looked at and what became of them.' })
  run(@Query('now') nowParameter: string | undefined, @RequestCtx() context: RequestContext): Promise<DispatchRun> {
    let now = context.now;
    if (nowParameter !== undefined) {
      if (!this.config.REMINDERS_ALLOW_TIME_OVERRIDE) throw refuse('RUN.TIME_OVERRIDE_NOT_ALLOWED');
      const parsed = parseInstant(nowParameter);
      if (!parsed) throw new BadRequestException(`now must be ${INSTANT_FORMAT}.`);
      now = parsed;
    }
    return this.dispatcher.runOnce(now);
  }
}
