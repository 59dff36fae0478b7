import { Module } from '@nestjs/common';
import { MONGO_CONNECTION } from '@career/projections';
import type { Connection } from 'mongoose';
import { PARTICIPANT_MODEL, participantModel } from './participant.schema';

@Module({
  providers: [{ provide: PARTICIPANT_MODEL, inject: [MONGO_CONNECTION], useFactory: (c: Connection) => participantModel(c) }],
  exports: [PARTICIPANT_MODEL],
})
export class ParticipantsModule {}
