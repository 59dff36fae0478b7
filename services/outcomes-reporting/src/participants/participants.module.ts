import { Module } from '@nestjs/common';
import { ProjectionsModule } from '@career/projections';
import { liveOutcomeRows } from './read-models/outcome-rows.projection';
import { ParticipantFeed, ParticipantWriter } from './read-models/participant-feed';
import { ParticipantReadModels } from './read-models/participant-read-models';
import { ParticipantRowsReader } from './read-models/participant-rows.reader';

/**
 * The participant rows: their collections (by generation), the live writer the consumers
 * write through, the reader the reports and the outcome API read through.
 */
@Module({
  providers: [ParticipantReadModels, ParticipantFeed, { provide: ParticipantWriter, useExisting: ParticipantFeed }, ParticipantRowsReader],
  exports: [ParticipantReadModels, ParticipantFeed, ParticipantWriter, ParticipantRowsReader],
})
export class ParticipantsModule {}

/**
 * The service's projections from its own event store (docs/architecture.md#the-rules): the
 * outcome part of the participant rows. One module object, imported by the application and
 * by the rebuild (which holds the live runner while it swaps generations).
 */
export const ParticipantProjections = ProjectionsModule.forService({ imports: [ParticipantsModule], projections: [liveOutcomeRows] });
