import { Injectable } from '@nestjs/common';
import type { IntegrationHandlers, ProducerConsumer } from '@career/messaging';
import { participantFacts } from '../participants/domain/participant-facts';
import { ParticipantWriter } from '../participants/read-models/participant-feed';
import { version1 } from './version-1';

/**
 * client-intake's facts for the participant rows: the entry data of each process (registration
 * or re-entry), its exit, advisor changes, and the destruction of personal data.
 */
@Injectable()
export class ClientIntakeConsumer implements ProducerConsumer<'client-intake'> {
  readonly producer = 'client-intake' as const;

  constructor(private readonly rows: ParticipantWriter) {}

  readonly handlers: IntegrationHandlers<'client-intake'> = {
    ClientRegistered: version1(({ data }) => this.rows.write(participantFacts.registered(data))),
    ClientReentered: version1(({ data }) => this.rows.write(participantFacts.reentered(data))),
    ClientExited: version1(({ data }) => this.rows.write(participantFacts.exited(data))),
    AdvisorAssigned: version1(({ id, data }) => this.rows.write(participantFacts.advisorAssigned(id, data))),
    // Rows hold categories only, so destroying everything leaves them (and the counts) as they
    // are and destroys this service's key of the client; withdrawn consent stops the voluntary answers' use.
    PersonalDataDestroyed: version1(({ data }) =>
      data.scope === 'voluntary' ? this.rows.write(participantFacts.voluntaryAnswersWithdrawn(data.clientId)) : this.rows.destroyKey(data.clientId),
    ),
  };
}
