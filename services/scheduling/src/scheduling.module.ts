import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ProjectionsModule } from '@career/projections';
import { AdvisorAgendaModule } from './advisor-agenda/advisor-agenda.module';
import { CareerPlanModule } from './career-plan/career-plan.module';
import { planLifecycle } from './career-plan/lifecycle/plan-lifecycle.subscriber';
import { advisorAgenda } from './advisor-agenda/read-models/agenda.projection';
import { GroupSessionModule } from './group-session/group-session.module';
import { groupSessionSummaries } from './group-session/read-models/group-session-summary.projection';
import { GuidanceProcessModule } from './guidance-process/guidance-process.module';
import { processSummaries } from './guidance-process/read-models/process-summary.projection';
import { KnownClientsModule } from './known-clients/known-clients.module';
import { OverdueModule } from './overdue/overdue.module';
import { worklistPlanDeadlines } from './worklist/read-models/plan-deadlines.projection';
import { WorklistModule } from './worklist/worklist.module';

/**
 * Scheduling's own features: command sides, endpoints, read models with their projections, the
 * worklists (with the plan steps' deadlines), the career plan's lifecycle subscriber and the overdue job. AppModule adds Kafka (relay, consumer); integration tests boot this module
 * without it. The projections keep their checkpoints `scheduling.<name>`.
 */
@Module({
  imports: [
    CqrsModule.forRoot(),
    GuidanceProcessModule,
    CareerPlanModule,
    AdvisorAgendaModule,
    GroupSessionModule,
    KnownClientsModule,
    OverdueModule,
    WorklistModule,
    ProjectionsModule.forService({
      imports: [GuidanceProcessModule, AdvisorAgendaModule, GroupSessionModule, CareerPlanModule, WorklistModule],
      projections: [processSummaries, advisorAgenda, groupSessionSummaries, planLifecycle, worklistPlanDeadlines],
    }),
  ],
  exports: [GuidanceProcessModule, KnownClientsModule, WorklistModule],
})
export class SchedulingModule {}
