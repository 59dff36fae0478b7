import { Module } from '@nestjs/common';
import { ParticipantsModule } from '../participants/participants.module';
import { ParticipantsReportHandler } from './participants-report.query';
import { ReportsController } from './reports.controller';

@Module({
  imports: [ParticipantsModule],
  controllers: [ReportsController],
  providers: [ParticipantsReportHandler],
})
export class ReportsModule {}
