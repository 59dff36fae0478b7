import { Injectable } from '@nestjs/common';
import type { IntegrationEvent } from '@career/contracts';
import type { IntegrationEventHandler } from '@career/messaging';
import { ParticipantFeed } from './participant-feed';

/** The service's one consumer group, over every topic the participant rows read. */
@Injectable()
export class ParticipantEventsHandler implements IntegrationEventHandler {
  constructor(private readonly feed: ParticipantFeed) {}

  handle(event: IntegrationEvent): Promise<void> {
    return this.feed.applyLive(event);
  }
}
