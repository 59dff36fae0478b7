import { Module } from '@nestjs/common';
import { ParticipantsModule } from '../participants/participants.module';
import { RebuildModule } from '../rebuild/rebuild.module';
import { ReportsController } from './http/reports.controller';
import { ReportsService } from './reports.service';

@Module({
  imports: [ParticipantsModule, RebuildModule],
  controllers: [ReportsController],
  providers: [ReportsService],
})
export class ReportsModule {}
