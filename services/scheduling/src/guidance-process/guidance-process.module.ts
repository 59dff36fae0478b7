import { Module } from '@nestjs/common';
import { CommandSideModule } from '@career/event-store';
import { AdvisorAgendaModule } from '../advisor-agenda/advisor-agenda.module';
import { KnownClientsModule } from '../known-clients/known-clients.module';
import { guidanceProcess } from './domain/guidance-process.aggregate';
import { GuidanceProcessesController } from './http/guidance-processes.controller';
import { MeetingsController } from './http/meetings.controller';
import { MyMeetingsController } from './http/my-meetings.controller';
import { TrainingReferralsController } from './http/training-referrals.controller';
import { GetProcessHandler } from './read-models/get-process.query';
import { ListProcessesHandler } from './read-models/list-processes.query';
import { MyMeetingsHandler } from './read-models/my-meetings.query';
import { ProcessCalendarHandler } from './read-models/process-calendar.query';
import { ProcessStreamReader } from './read-models/process-stream.reader';
import { processSummaryModelProvider, PROCESS_SUMMARY_MODEL } from './read-models/process-summary.schema';

const commandSide = CommandSideModule.forAggregates([guidanceProcess]);

/** Guidance processes: their command side (exported for the consumer and the overdue job), endpoints and read models. */
@Module({
  imports: [commandSide, AdvisorAgendaModule, KnownClientsModule],
  controllers: [GuidanceProcessesController, MeetingsController, TrainingReferralsController, MyMeetingsController],
  providers: [processSummaryModelProvider, ProcessStreamReader, GetProcessHandler, ListProcessesHandler, ProcessCalendarHandler, MyMeetingsHandler],
  exports: [commandSide, PROCESS_SUMMARY_MODEL],
})
export class GuidanceProcessModule {}
