import { Inject, Injectable } from '@nestjs/common';
import type { ClientRegisteredV1, IntegrationEvent } from '@career/contracts';
import type { IntegrationEventHandler } from '@career/messaging';
import { applyOnce } from '@career/projections';
import type { Model } from 'mongoose';
import { PARTICIPANT_MODEL, type ParticipantDocument } from './participant.schema';

/**
 * Builds the participant rows from other services' integration events. Delivery is at least
 * once, so each change is applied once per event id (a relay restart resends a batch).
 */
@Injectable()
export class ParticipantEventsHandler implements IntegrationEventHandler {
  constructor(@Inject(PARTICIPANT_MODEL) private readonly participants: Model<ParticipantDocument>) {}

  async handle(event: IntegrationEvent): Promise<void> {
    switch (event.type) {
      case 'ClientRegistered': {
        const data = event.data as ClientRegisteredV1;
        await applyOnce(this.participants, data.clientId, event.id, {
          $set: { organisation: data.organisation, preferredLanguage: data.preferredLanguage, registeredAt: data.registeredAt },
        });
        return;
      }
      default:
        // Events this read model does not use yet are acknowledged, not dead-lettered.
        return;
    }
  }
}
