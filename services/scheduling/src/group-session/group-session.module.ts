import { Module } from '@nestjs/common';
import { CommandSideModule } from '@career/event-store';
import { KnownClientsModule } from '../known-clients/known-clients.module';
import { groupSession } from './domain/group-session.aggregate';
import { GroupSessionsController } from './http/group-sessions.controller';
import { InternalGroupSessionsController } from './http/internal-group-sessions.controller';
import { MyGroupSessionsController } from './http/my-group-sessions.controller';
import { GetGroupSessionHandler } from './read-models/get-group-session.query';
import { groupSessionSummaryModelProvider, GROUP_SESSION_SUMMARY_MODEL } from './read-models/group-session-summary.schema';
import { GroupSessionsHandler } from './read-models/group-sessions.query';
import { MyGroupSessionsHandler } from './read-models/my-group-sessions.query';

/** Group guidance sessions: their command side, endpoints and read model. */
@Module({
  imports: [CommandSideModule.forAggregates([groupSession]), KnownClientsModule],
  controllers: [GroupSessionsController, InternalGroupSessionsController, MyGroupSessionsController],
  providers: [groupSessionSummaryModelProvider, GroupSessionsHandler, GetGroupSessionHandler, MyGroupSessionsHandler],
  exports: [GROUP_SESSION_SUMMARY_MODEL],
})
export class GroupSessionModule {}
