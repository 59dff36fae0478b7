import { Injectable } from '@nestjs/common';
import type { IntegrationHandlers, ProducerConsumer } from '@career/messaging';
import { participantFacts } from '../participants/domain/participant-facts';
import { ParticipantWriter } from '../participants/read-models/participant-feed';
import { version1 } from './version-1';

/**
 * skills-assessment's facts for the participant rows: the client's own ratings at the start and
 * at the end (docs/domain.md#the-process, step 7), and who did the profile's work the learning
 * outcomes read (docs/domain.md#the-practice): the inventory, the skills, the profile text, each
 * with who entered it (`recordedBy`).
 */
@Injectable()
export class SkillsAssessmentConsumer implements ProducerConsumer<'skills-assessment'> {
  readonly producer = 'skills-assessment' as const;

  constructor(private readonly rows: ParticipantWriter) {}

  readonly handlers: IntegrationHandlers<'skills-assessment'> = {
    SelfAssessmentRecorded: version1(({ id, data }) => this.rows.write(participantFacts.selfAssessmentRecorded(id, data))),
    InterestInventoryRecorded: version1(({ id, data }) => this.rows.write(participantFacts.interestInventoryRecorded(id, data))),
    SkillAdded: version1(({ id, data }) => this.rows.write(participantFacts.skillRecorded(id, data))),
    ProfileTextWritten: version1(({ id, data }) => this.rows.write(participantFacts.profileTextWritten(id, data))),
  };
}
