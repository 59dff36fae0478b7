import { Module } from '@nestjs/common';
import { ReadModelsModule } from '../read-models/read-models.module';
import { GroupSessionHandler } from './commands/group-session.handler';
import { GroupSessionsController } from './http/group-sessions.controller';
import { GetGroupSessionHandler } from './queries/get-group-session.query';
import { GroupSessionsHandler } from './queries/group-sessions.query';

@Module({
  imports: [ReadModelsModule],
  controllers: [GroupSessionsController],
  providers: [GroupSessionHandler, GroupSessionsHandler, GetGroupSessionHandler],
})
export class GroupSessionModule {}
