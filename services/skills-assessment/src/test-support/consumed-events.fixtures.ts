import { randomUUID } from 'node:crypto';
import { exampleClientRegisteredV1, sourceOf, topicOf, type IntegrationEvent, type PersonalDataDestroyedV1, type Producer } from '@career/contracts';
import type { MessageOrigin } from '@career/messaging';

export const FIXTURE_ORGANISATION = 'KEHA-UUSIMAA';

/** An integration event as the consumer hands it on: validated, with the topic it came from. */
export interface Delivery {
  event: IntegrationEvent;
  origin: MessageOrigin;
}

let offset = 0;
function delivery(producer: Producer, type: string, clientId: string, data: unknown): Delivery {
  return {
    event: { id: randomUUID(), type, version: 1, source: sourceOf(producer), subject: clientId, time: new Date().toISOString(), organisation: FIXTURE_ORGANISATION, data },
    origin: { topic: topicOf(producer), partition: 0, offset: String(offset++) },
  };
}

export const clientRegistered = (clientId: string, language: 'fi' | 'sv' | 'en' = 'sv'): Delivery =>
  delivery('client-intake', 'ClientRegistered', clientId, exampleClientRegisteredV1(clientId, { organisation: FIXTURE_ORGANISATION, preferredLanguage: language }));

export const personalDataDestroyed = (clientId: string, scope: PersonalDataDestroyedV1['scope']): Delivery =>
  delivery('client-intake', 'PersonalDataDestroyed', clientId, {
    clientId,
    organisation: FIXTURE_ORGANISATION,
    scope,
    reason: 'retention-ended',
    destroyedAt: new Date().toISOString(),
  } satisfies PersonalDataDestroyedV1);

export const trainingCompleted = (clientId: string, referralId: string, passed = true): Delivery =>
  delivery('scheduling', 'TrainingCompleted', clientId, {
    processId: randomUUID(),
    clientId,
    organisation: FIXTURE_ORGANISATION,
    referralId,
    licenceCode: 'forklift-licence',
    passed,
    validUntil: '2030-05-31',
    completedAt: new Date().toISOString(),
  });
