import type { FactoryProvider } from '@nestjs/common';
import { topicOf, type IntegrationEvent } from '@career/contracts';
import type { RecordedEvent } from '@career/event-sourcing';
import { publisherOf } from '@career/messaging';
import { regionOf } from '@career/municipalities';
import { decodePersonalData, PersonalDataCipher } from '@career/privacy';
import { CLIENT_FIELD_GROUPS } from '../client/domain/client.aggregate';
import type { ClientEvent } from '../client/domain/client.events';
import { entryCategoriesOfRegistration } from '../client/domain/entry-categories';
import { storedMunicipality } from '../client/domain/municipality';

export const SERVICE_NAME = 'client-intake';
export const CLIENT_INTAKE_TOPIC = topicOf(SERVICE_NAME);

const publish = publisherOf(SERVICE_NAME);

/**
 * What client-intake tells other services (docs/architecture.md#conventions, personal data):
 * ids, codes and Structural Fund categories only, never a name, identity code, date of birth,
 * contact detail or free-text note. Pure: the relay decodes the voluntary answers first (see
 * voluntaryAnswersDecoder).
 */
export function toIntegrationEvents(recorded: RecordedEvent): IntegrationEvent[] {
  const event = { type: recorded.type, data: recorded.data } as ClientEvent;
  const { clientId, organisation, occurredAt } = recorded.metadata;
  switch (event.type) {
    case 'ClientRegistered': {
      const { projectCode, preferredLanguage, registeredAt, processNumber, advisorId } = event.data;
      return [
        publish(recorded, {
          type: 'ClientRegistered',
          version: 1,
          data: {
            clientId,
            organisation,
            projectCode,
            preferredLanguage,
            registeredAt,
            processNumber,
            ...(advisorId !== undefined ? { advisorId } : {}),
            entry: entryCategoriesOfRegistration(event.data),
            ...municipalityAndRegionOf(event.data.municipality),
          },
        }),
      ];
    }
    case 'AdvisorAssigned': {
      const { advisorId, previousAdvisorId } = event.data;
      return [
        publish(recorded, {
          type: 'AdvisorAssigned',
          version: 1,
          data: { clientId, organisation, advisorId, ...(previousAdvisorId ? { previousAdvisorId } : {}), assignedAt: occurredAt },
        }),
      ];
    }
    case 'ClientExited': {
      const { processNumber, exitDate, reason } = event.data;
      return [publish(recorded, { type: 'ClientExited', version: 1, data: { clientId, organisation, processNumber, exitDate, reason } })];
    }
    case 'ClientReentered': {
      const { processNumber, entryDate, previousExitDate, statusAtReentry } = event.data;
      return [
        publish(recorded, {
          type: 'ClientReentered',
          version: 1,
          data: { clientId, organisation, processNumber, entryDate, previousExitDate, ...(statusAtReentry ? { statusAtReentry } : {}) },
        }),
      ];
    }
    case 'PersonalDataDestroyed': {
      const { scope, reason } = event.data;
      return [publish(recorded, { type: 'PersonalDataDestroyed', version: 1, data: { clientId, organisation, scope, reason, destroyedAt: occurredAt } })];
    }
    default:
      // Contact changes, consents and views stay inside client-intake.
      return [];
  }
}

/**
 * The municipality at entry and its region, as classification codes, for the reports' regional
 * roll-ups (docs/domain.md#organisations). A code is not a direct identifier and the rows
 * need it (docs/architecture.md#conventions, personal data); reports publish regions only,
 * always suppressed. A stored value naming no municipality (typed before it was validated) is
 * left out rather than guessed.
 */
function municipalityAndRegionOf(stored: string): { municipalityCode?: string; regionCode?: string } {
  const code = storedMunicipality(stored);
  const region = regionOf(code);
  return region ? { municipalityCode: code, regionCode: region.code } : {};
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
