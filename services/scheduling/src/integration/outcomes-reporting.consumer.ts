import { Injectable } from '@nestjs/common';
import type { IntegrationHandlers, ProducerConsumer } from '@career/messaging';
import { WorklistFacts } from '../worklist/read-models/worklist-facts';

/**
 * outcomes-reporting's facts tell the worklist which after-exit duties are done
 * (docs/domain.md#structural-fund-reporting): the outcome at exit and the six-month follow-up.
 * Idempotent by event id.
 */
@Injectable()
export class OutcomesReportingConsumer implements ProducerConsumer<'outcomes-reporting'> {
  readonly producer = 'outcomes-reporting' as const;

  constructor(private readonly worklist: WorklistFacts) {}

  readonly handlers: IntegrationHandlers<'outcomes-reporting'> = {
    OutcomeRecorded: async (event) => {
      const { processId, clientId, organisation, exitDate, recordedAt } = event.data;
      await this.worklist.outcomeRecorded({ processId, clientId, organisation, exitDate, recordedAt, eventId: event.id });
    },
    FollowUpRecorded: async (event) => {
      const { processId, clientId, organisation, recordedAt } = event.data;
      await this.worklist.followUpRecorded({ processId, clientId, organisation, recordedAt, eventId: event.id });
    },
  };
}
