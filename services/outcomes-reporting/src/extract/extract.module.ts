import { Module } from '@nestjs/common';
import { CommandSideModule } from '@career/event-store';
import { ParticipantsModule } from '../participants/participants.module';
import { extractDownload } from './domain';
import { ExtractController } from './http/extract.controller';
import { ExtractDownloadsQuery } from './read-models/extract-downloads.query';

/** The participant-level extract for the Fund evaluator and the log of its downloads. */
@Module({
  imports: [CommandSideModule.forAggregates([extractDownload]), ParticipantsModule],
  controllers: [ExtractController],
  providers: [ExtractDownloadsQuery],
})
export class ExtractModule {}
