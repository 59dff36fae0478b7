import { Module } from '@nestjs/common';
import { AdvisorAgendaModule } from './advisor-agenda/advisor-agenda.module';
import { GroupSessionModule } from './group-session/group-session.module';
import { GuidanceProcessModule } from './guidance-process/guidance-process.module';
import { OverdueModule } from './overdue/overdue.module';
import { ReadModelsModule } from './read-models/read-models.module';

/**
 * Scheduling's own features: commands, queries, read models and the overdue job. AppModule
 * adds the messaging (relay, consumer); integration tests boot this module without Kafka.
 */
@Module({
  imports: [ReadModelsModule, GuidanceProcessModule, AdvisorAgendaModule, GroupSessionModule, OverdueModule],
  exports: [ReadModelsModule, OverdueModule],
})
export class SchedulingModule {}
