import { topicOf, type Producer } from '@career/contracts';
import type { ProducerConsumer } from '@career/messaging';
import type { ParticipantWriter } from '../participants/read-models/participant-feed';
import { ClientIntakeConsumer } from './client-intake.consumer';
import { DocumentGenerationConsumer } from './document-generation.consumer';
import { SchedulingConsumer } from './scheduling.consumer';
import { SkillsAssessmentConsumer } from './skills-assessment.consumer';

/** The consumers of every producer whose facts make the participant rows: one group over their topics. */
export const PARTICIPANT_CONSUMERS = [ClientIntakeConsumer, SchedulingConsumer, SkillsAssessmentConsumer, DocumentGenerationConsumer] as const;

/** Their producers, for what must exist before the service starts (the topics it provisions). */
export const CONSUMED_PRODUCERS = ['client-intake', 'scheduling', 'skills-assessment', 'document-generation'] as const satisfies readonly Producer[];
export const CONSUMED_TOPICS: readonly string[] = CONSUMED_PRODUCERS.map((producer) => topicOf(producer));

/**
 * The same consumers writing through `rows`: the live ones get the live writer injected, a
 * rebuild's replay builds them over its fresh generation. Routed with routerOf either way, so
 * live and replay share one dispatch.
 */
export function participantConsumers(rows: ParticipantWriter): ProducerConsumer[] {
  return PARTICIPANT_CONSUMERS.map((Consumer) => new Consumer(rows));
}
