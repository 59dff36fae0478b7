import { Module } from '@nestjs/common';
import { GroupSessionModule } from '../group-session/group-session.module';
import { GuidanceProcessModule } from '../guidance-process/guidance-process.module';
import { KnownClientsModule } from '../known-clients/known-clients.module';
import { InternalWorklistsController, WorklistsController } from './http/worklists.controller';
import { worklistFactsModelProvider, WORKLIST_FACTS_MODEL } from './read-models/worklist-facts.schema';
import { WorklistFacts } from './read-models/worklist-facts';
import { Worklists } from './read-models/worklists.query';

/**
 * Worklists: the rules (domain/), the facts other services publish about a process
 * (worklist_facts, written by the consumers), and the endpoints. The processes and sessions
 * come from their own read models.
 */
@Module({
  imports: [GuidanceProcessModule, GroupSessionModule, KnownClientsModule],
  controllers: [WorklistsController, InternalWorklistsController],
  providers: [worklistFactsModelProvider, WorklistFacts, Worklists],
  exports: [WorklistFacts, WORKLIST_FACTS_MODEL],
})
export class WorklistModule {}
