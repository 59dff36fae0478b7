import { Module } from '@nestjs/common';
import { AdvisorBookingGuard } from '../advisor-agenda/advisor-booking.guard';
import { ReadModelsModule } from '../read-models/read-models.module';
import { GuidanceProcessHandler } from './commands/guidance-process.handler';
import { guidanceProcessCodecProvider } from './guidance-process-event-codec';
import { GuidanceProcessesController } from './http/guidance-processes.controller';
import { MeetingsController } from './http/meetings.controller';
import { TrainingReferralsController } from './http/training-referrals.controller';
import { GetProcessHandler } from './queries/get-process.query';
import { ListProcessesHandler } from './queries/list-processes.query';
import { ProcessCalendarHandler } from './queries/process-calendar.query';
import { ProcessStreamReader } from './queries/process-stream.reader';

@Module({
  imports: [ReadModelsModule],
  controllers: [GuidanceProcessesController, MeetingsController, TrainingReferralsController],
  providers: [
    guidanceProcessCodecProvider,
    AdvisorBookingGuard,
    GuidanceProcessHandler,
    ProcessStreamReader,
    GetProcessHandler,
    ListProcessesHandler,
    ProcessCalendarHandler,
  ],
})
export class GuidanceProcessModule {}
