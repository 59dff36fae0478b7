import {
  FOLLOW_UP_RECORDED,
  OUTCOME_RECORDED,
  topicOf,
  type FollowUpRecordedV1,
  type IntegrationEvent,
  type OutcomeRecordedV1,
  type OutcomeStatusFieldsV1,
} from '@career/contracts';
import type { RecordedEvent } from '@career/event-sourcing';
import { integrationEnvelopeOf } from '@career/messaging';
import { OUTCOME_CATEGORY, type OutcomeEvent, type OutcomeRecord } from '../outcome';

export const SERVICE_NAME = 'outcomes-reporting';
export const OUTCOMES_REPORTING_TOPIC = topicOf(SERVICE_NAME);
export const PUBLISHED_CATEGORIES = [OUTCOME_CATEGORY] as const;

const STREAM_PREFIX = `${OUTCOME_CATEGORY}-`;

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
  const event = { type: recorded.type, data: recorded.data } as OutcomeEvent;
  const { metadata } = recorded;
  const envelope = integrationEnvelopeOf(recorded, SERVICE_NAME);
  const base = { clientId: metadata.clientId, organisation: metadata.organisation, processId: recorded.streamId.slice(STREAM_PREFIX.length) };
  switch (event.type) {
    case 'ExitOutcomeRecorded':
    case 'ExitOutcomeCorrected': {
      const data: OutcomeRecordedV1 = {
        ...base,
        exitDate: event.data.exitDate,
        ...statusFields(event.data),
        correction: event.type === 'ExitOutcomeCorrected',
        recordedAt: event.data.recordedAt,
      };
      return [{ ...envelope, type: OUTCOME_RECORDED, version: 1, data }];
    }
    case 'FollowUpOutcomeRecorded':
    case 'FollowUpOutcomeCorrected': {
      const data: FollowUpRecordedV1 = {
        ...base,
        followUpDate: event.data.followUpDate,
        ...statusFields(event.data),
        improvements: [...event.data.improvements],
        correction: event.type === 'FollowUpOutcomeCorrected',
        recordedAt: event.data.recordedAt,
      };
      return [{ ...envelope, type: FOLLOW_UP_RECORDED, version: 1, data }];
    }
    default:
      return [];
  }
}
