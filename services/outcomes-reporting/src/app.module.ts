import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AuthModule } from '@career/auth';
import { topicOf } from '@career/contracts';
import { ConsumerModule, KafkaModule } from '@career/messaging';
import { MongoModule } from '@career/projections';
import { ParticipantEventsHandler } from './participants/participant-events.handler';
import { ParticipantsModule } from './participants/participants.module';
import { ReportsModule } from './reports/reports.module';

export const SERVICE_NAME = 'outcomes-reporting';

@Module({
  imports: [
    CqrsModule.forRoot(),
    AuthModule.forRoot(),
    MongoModule,
    KafkaModule.forService({ provisions: [topicOf(SERVICE_NAME)] }),
    ConsumerModule.forService({
      topics: [topicOf('client-intake')],
      handler: ParticipantEventsHandler,
      imports: [ParticipantsModule],
    }),
    ReportsModule,
  ],
})
export class AppModule {}
