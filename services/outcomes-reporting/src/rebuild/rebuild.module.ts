import { Module } from '@nestjs/common';
import { OutcomeRowsModule } from '../outcome-rows/outcome-rows.module';
import { ParticipantsModule } from '../participants/participants.module';
import { RebuildService } from './rebuild.service';

@Module({
  imports: [ParticipantsModule, OutcomeRowsModule],
  providers: [RebuildService],
  exports: [RebuildService],
})
export class RebuildModule {}
