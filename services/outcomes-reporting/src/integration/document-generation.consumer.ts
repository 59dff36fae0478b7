import { Injectable } from '@nestjs/common';
import type { IntegrationHandlers, ProducerConsumer } from '@career/messaging';
import { participantFacts } from '../participants/domain/participant-facts';
import { ParticipantWriter } from '../participants/read-models/participant-feed';
import { version1 } from './version-1';

/** document-generation's facts for the participant rows: the CVs and job applications generated (docs/domain.md#the-process, step 8). */
@Injectable()
export class DocumentGenerationConsumer implements ProducerConsumer<'document-generation'> {
  readonly producer = 'document-generation' as const;

  constructor(private readonly rows: ParticipantWriter) {}

  readonly handlers: IntegrationHandlers<'document-generation'> = {
    DocumentGenerated: version1(({ data }) => this.rows.write(participantFacts.documentGenerated(data))),
  };
}
