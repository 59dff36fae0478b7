import { Module } from '@nestjs/common';
import { GuidanceProcessModule } from '../guidance-process/guidance-process.module';
import { systemClockProvider } from '@career/platform';
import { OverdueCheckJob } from './overdue-check.job';
import { OverdueChecksController } from './overdue-checks.controller';

/** The overdue announcement of initial assessments past week 5: a timed job and its operator trigger. */
@Module({
  imports: [GuidanceProcessModule],
  controllers: [OverdueChecksController],
  providers: [systemClockProvider, OverdueCheckJob],
  exports: [OverdueCheckJob],
})
export class OverdueModule {}
