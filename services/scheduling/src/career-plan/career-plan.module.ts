import { Module } from '@nestjs/common';
import { CommandSideModule } from '@career/event-store';
import { GuidanceProcessModule } from '../guidance-process/guidance-process.module';
import { KnownClientsModule } from '../known-clients/known-clients.module';
import { careerPlan } from './domain/career-plan.aggregate';
import { CareerPlanController } from './http/career-plan.controller';
import { InternalCareerPlansController } from './http/internal-career-plans.controller';
import { MyCareerPlanController } from './http/my-career-plan.controller';
import { PlanCommands } from './http/plan-commands';
import { CareerPlanReader } from './read-models/career-plan.reader';

const commandSide = CommandSideModule.forAggregates([careerPlan]);

/**
 * Career plans: their command side (exported for the lifecycle subscriber), the staff routes,
 * the client's own routes (the person resolved through client-intake by the root module's
 * RemoteClientChannelModule) and the internal route
 * document generation reads agreed versions from.
 */
@Module({
  imports: [commandSide, GuidanceProcessModule, KnownClientsModule],
  controllers: [CareerPlanController, MyCareerPlanController, InternalCareerPlansController],
  providers: [PlanCommands, CareerPlanReader],
  exports: [commandSide],
})
export class CareerPlanModule {}
