import { Module } from '@nestjs/common';
import { ParticipantFeed } from './participant-feed';
import { ParticipantReadModels } from './participant-read-models';
import { ParticipantRowsReader } from './participant-rows.reader';

/** The participant rows: their collections (by generation), the feed that writes them, the reader. */
@Module({
  providers: [ParticipantReadModels, ParticipantFeed, ParticipantRowsReader],
  exports: [ParticipantReadModels, ParticipantFeed, ParticipantRowsReader],
})
export class ParticipantsModule {}
