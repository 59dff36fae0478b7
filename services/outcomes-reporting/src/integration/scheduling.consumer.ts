import { Injectable } from '@nestjs/common';
import type { IntegrationHandlers, ProducerConsumer } from '@career/messaging';
import { participantFacts } from '../participants/domain/participant-facts';
import { ParticipantWriter } from '../participants/read-models/participant-feed';
import { version1 } from './version-1';

/** scheduling's facts for the participant rows: phases, meetings held and missed, the direction, trainings, the close. */
@Injectable()
export class SchedulingConsumer implements ProducerConsumer<'scheduling'> {
  readonly producer = 'scheduling' as const;

  constructor(private readonly rows: ParticipantWriter) {}

  readonly handlers: IntegrationHandlers<'scheduling'> = {
    ProcessOpened: version1(({ data }) => this.rows.write(participantFacts.processOpened(data))),
    MeetingHeld: version1(({ data }) => this.rows.write(participantFacts.meeting(data, 'held'))),
    // Cancelled and moved meetings are not missed: only a no-show is.
    MeetingNoShow: version1(({ data }) => this.rows.write(participantFacts.meeting(data, 'no-show'))),
    InitialAssessmentCompleted: version1(({ data }) => this.rows.write(participantFacts.initialAssessmentCompleted(data))),
    InitialAssessmentOverdue: version1(({ data }) => this.rows.write(participantFacts.initialAssessmentOverdue(data))),
    TrainingReferralMade: version1(({ data }) => this.rows.write(participantFacts.trainingReferralMade(data))),
    TrainingCompleted: version1(({ data }) => this.rows.write(participantFacts.trainingCompleted(data))),
    ProcessClosed: version1(({ data }) => this.rows.write(participantFacts.processClosed(data))),
  };
}
