import type { FactoryProvider } from '@nestjs/common';
import {
  topicOf,
  type AdvisorAssignedV1,
  type ClientExitedV1,
  type ClientReenteredV1,
  type ClientRegisteredV1,
  type IntegrationEvent,
  type PersonalDataDestroyedV1,
} from '@career/contracts';
import type { RecordedEvent } from '@career/event-sourcing';
import { integrationEnvelopeOf } from '@career/messaging';
import { decodePersonalData, PersonalDataCipher } from '@career/privacy';
import { CLIENT_FIELD_GROUPS } from '../client/client-event-codec';
import type { ClientEvent } from '../client/client.events';
import { entryCategoriesOfRegistration } from '../client/domain/entry-categories';

export const SERVICE_NAME = 'client-intake';
export const CLIENT_INTAKE_TOPIC = topicOf(SERVICE_NAME);

/**
 * What client-intake tells other services: ids, codes and Structural Fund categories only,
 * never a name, identity code, date of birth, contact detail or free-text note. Pure: the
 * relay decodes the voluntary answers first (see voluntaryAnswersDecoder).
 */
export function toIntegrationEvents(recorded: RecordedEvent): IntegrationEvent[] {
  const event = { type: recorded.type, data: recorded.data } as ClientEvent;
  const { metadata } = recorded;
  const envelope = integrationEnvelopeOf(recorded, SERVICE_NAME);
  const base = { clientId: metadata.clientId, organisation: metadata.organisation };
  switch (event.type) {
    case 'ClientRegistered': {
      const data: ClientRegisteredV1 = {
        ...base,
        projectCode: event.data.projectCode,
        preferredLanguage: event.data.preferredLanguage,
        registeredAt: event.data.registeredAt,
        processNumber: event.data.processNumber,
        entry: entryCategoriesOfRegistration(event.data),
      };
      return [{ ...envelope, type: 'ClientRegistered', version: 1, data }];
    }
    case 'AdvisorAssigned': {
      const data: AdvisorAssignedV1 = {
        ...base,
        advisorId: event.data.advisorId,
        ...(event.data.previousAdvisorId ? { previousAdvisorId: event.data.previousAdvisorId } : {}),
        assignedAt: metadata.occurredAt,
      };
      return [{ ...envelope, type: 'AdvisorAssigned', version: 1, data }];
    }
    case 'ClientExited': {
      const data: ClientExitedV1 = { ...base, processNumber: event.data.processNumber, exitDate: event.data.exitDate, reason: event.data.reason };
      return [{ ...envelope, type: 'ClientExited', version: 1, data }];
    }
    case 'ClientReentered': {
      const data: ClientReenteredV1 = {
        ...base,
        processNumber: event.data.processNumber,
        entryDate: event.data.entryDate,
        previousExitDate: event.data.previousExitDate,
        ...(event.data.statusAtReentry ? { statusAtReentry: event.data.statusAtReentry } : {}),
      };
      return [{ ...envelope, type: 'ClientReentered', version: 1, data }];
    }
    case 'PersonalDataDestroyed': {
      const data: PersonalDataDestroyedV1 = { ...base, scope: event.data.scope, reason: event.data.reason, destroyedAt: metadata.occurredAt };
      return [{ ...envelope, type: 'PersonalDataDestroyed', version: 1, data }];
    }
    default:
      // Contact changes, consents and views stay inside client-intake.
      return [];
  }
}

export const RELAY_DECODER = 'CLIENT_INTAKE_RELAY_DECODER';

/** The relay decrypts only the voluntary answers (categories are published, not the answers' ciphertext). */
export const voluntaryAnswersDecoder: FactoryProvider<(event: RecordedEvent) => Promise<RecordedEvent>> = {
  provide: RELAY_DECODER,
  inject: [PersonalDataCipher],
  useFactory: (cipher: PersonalDataCipher) => {
    const voluntaryOnly = CLIENT_FIELD_GROUPS.filter((group) => group.fields.ClientRegistered?.includes('voluntary'));
    return (event: RecordedEvent) => (event.type === 'ClientRegistered' ? decodePersonalData(cipher, voluntaryOnly, event) : Promise.resolve(event));
  },
};
