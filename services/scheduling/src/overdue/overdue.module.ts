import { Module } from '@nestjs/common';
import { ReadModelsModule } from '../read-models/read-models.module';
import { systemClockProvider } from '../shared/clock';
import { OverdueCheckJob } from './overdue-check.job';
import { OverdueChecksController } from './overdue-checks.controller';

@Module({
  imports: [ReadModelsModule],
  controllers: [OverdueChecksController],
  providers: [systemClockProvider, OverdueCheckJob],
  exports: [OverdueCheckJob],
})
export class OverdueModule {}
