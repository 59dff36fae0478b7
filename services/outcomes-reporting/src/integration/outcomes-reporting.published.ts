import { topicOf, type IntegrationEvent, type OutcomeStatusFieldsV1 } from '@career/contracts';
import type { RecordedEvent } from '@career/event-sourcing';
import { publisherOf } from '@career/messaging';
import { OUTCOME_CATEGORY, type OutcomeEvent, type OutcomeRecord } from '../outcome/domain';
import { SERVICE_NAME } from '../outcomes-reporting.config';

export const OUTCOMES_REPORTING_TOPIC = topicOf(SERVICE_NAME);
export const PUBLISHED_CATEGORIES = [OUTCOME_CATEGORY] as const;

const STREAM_PREFIX = `${OUTCOME_CATEGORY}-`;
const publish = publisherOf('outcomes-reporting');

/** The status as categories: never the business ID (encrypted in the store, personal data). */
function statusFields(record: OutcomeRecord): OutcomeStatusFieldsV1 {
  const o = record.outcome;
  return {
    status: o.status,
    ...(o.status === 'employed' && { workingTime: o.workingTime, contract: o.contract, startDate: o.startDate }),
    ...(o.status === 'self-employed' && o.startDate !== undefined && { startDate: o.startDate }),
    ...(o.status === 'studying' && { institutionType: o.institutionType, iscedLevel: o.iscedLevel, ...(o.startDate !== undefined && { startDate: o.startDate }) }),
    source: record.source,
    ...(record.gainedQualification && { gainedQualification: { kind: record.gainedQualification.kind, code: record.gainedQualification.code } }),
  };
}

/**
 * What outcomes-reporting tells other services: the exit and six-month outcomes as categories
 * (corrections again, flagged). Status changes and learning outcomes stay inside. Pure: reads
 * only plaintext fields, so the relay needs no decoder.
 */
export function toIntegrationEvents(recorded: RecordedEvent): IntegrationEvent[] {
  // The relay reads the outcome streams only (PUBLISHED_CATEGORIES): their events are outcome events.
  const event = { type: recorded.type, data: recorded.data } as OutcomeEvent;
  const { metadata } = recorded;
  const base = { clientId: metadata.clientId, organisation: metadata.organisation, processId: recorded.streamId.slice(STREAM_PREFIX.length) };
  switch (event.type) {
    case 'ExitOutcomeRecorded':
    case 'ExitOutcomeCorrected':
      return [
        publish(recorded, {
          type: 'OutcomeRecorded',
          version: 1,
          data: {
            ...base,
            exitDate: event.data.exitDate,
            ...statusFields(event.data),
            correction: event.type === 'ExitOutcomeCorrected',
            recordedAt: event.data.recordedAt,
          },
        }),
      ];
    case 'FollowUpOutcomeRecorded':
    case 'FollowUpOutcomeCorrected':
      return [
        publish(recorded, {
          type: 'FollowUpRecorded',
          version: 1,
          data: {
            ...base,
            followUpDate: event.data.followUpDate,
            ...statusFields(event.data),
            improvements: [...event.data.improvements],
            correction: event.type === 'FollowUpOutcomeCorrected',
            recordedAt: event.data.recordedAt,
          },
        }),
      ];
    default:
      return [];
  }
}
