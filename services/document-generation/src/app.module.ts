import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AuthModule } from '@career/auth';
import { topicOf } from '@career/contracts';
import { EventStoreModule } from '@career/event-store';
import { KafkaModule } from '@career/messaging';
import { MongoModule } from '@career/projections';

export const SERVICE_NAME = 'document-generation';

// The platform slice: config, auth, event store, MongoDB and Kafka with their readiness
// checks. This service's own domain and API are wired in their own issues.
@Module({
  imports: [
    CqrsModule.forRoot(),
    AuthModule.forRoot(),
    EventStoreModule.forService(),
    MongoModule,
    KafkaModule.forService({ provisions: [topicOf(SERVICE_NAME)] }),
  ],
})
export class AppModule {}
