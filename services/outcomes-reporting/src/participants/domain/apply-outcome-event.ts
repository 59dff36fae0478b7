import type { CalendarDate } from '@career/calendar';
import { assertNever } from '@career/event-sourcing';
import { withoutBusinessId, type OutcomeEvent, type OutcomeRecord } from '../../outcome/domain/outcome.events';
import type { LabourMarketEvent, ParticipantRow } from './participant-row';

/** The part of a ParticipantRow that comes from the process's outcome stream. */
export type OutcomeRowFields = Pick<ParticipantRow, 'exitOutcome' | 'sixMonthOutcome' | 'labourMarketEvents' | 'learningOutcomes'>;

export const emptyOutcomeRowFields = (): OutcomeRowFields => ({ labourMarketEvents: [] });

/** The day a status holds from: its start date when it has one, else the record's date. */
export function statusFrom(record: OutcomeRecord, recordDate: CalendarDate): CalendarDate {
  return ('startDate' in record.outcome && record.outcome.startDate) || recordDate;
}

function labourMarketEvent(key: string, record: OutcomeRecord, recordDate: CalendarDate, sequence: number): LabourMarketEvent {
  return {
    key,
    date: statusFrom(record, recordDate),
    status: record.outcome.status,
    sequence,
    ...(record.gainedQualification && { gainedQualification: record.gainedQualification }),
  };
}

/** Replaces the event with the same key: a correction replaces, never adds. */
function upsert(events: readonly LabourMarketEvent[], event: LabourMarketEvent): LabourMarketEvent[] {
  return [...events.filter((e) => e.key !== event.key), event];
}

/** The record as the rows hold it: categories only, never the business ID (personal data, encrypted in the store). */
function recordOf(data: OutcomeRecord): OutcomeRecord {
  return { outcome: withoutBusinessId(data.outcome), source: data.source, ...(data.gainedQualification && { gainedQualification: data.gainedQualification }) };
}

/**
 * Applies one outcome event to the row's outcome fields: the projection's pure step, so a
 * replay from the first event rebuilds exactly the same row. `sequence` is the event's
 * revision in its `outcome-<processId>` stream (later records win ties on a date).
 */
export function applyOutcomeEvent(fields: OutcomeRowFields, event: OutcomeEvent, sequence: number): OutcomeRowFields {
  switch (event.type) {
    case 'ExitOutcomeRecorded':
    case 'ExitOutcomeCorrected': {
      const record = recordOf(event.data);
      return {
        ...fields,
        exitOutcome: { ...record, exitDate: event.data.exitDate },
        labourMarketEvents: upsert(fields.labourMarketEvents, labourMarketEvent('exit', record, event.data.exitDate, sequence)),
      };
    }
    case 'FollowUpOutcomeRecorded':
    case 'FollowUpOutcomeCorrected': {
      const record = recordOf(event.data);
      return {
        ...fields,
        sixMonthOutcome: { ...record, followUpDate: event.data.followUpDate, improvements: [...event.data.improvements] },
        labourMarketEvents: upsert(fields.labourMarketEvents, labourMarketEvent('follow-up', record, event.data.followUpDate, sequence)),
      };
    }
    case 'StatusChangeRecorded':
      return {
        ...fields,
        labourMarketEvents: upsert(
          fields.labourMarketEvents,
          labourMarketEvent(`change:${event.data.changeId}`, recordOf(event.data), event.data.date, sequence),
        ),
      };
    case 'StatusChangeWithdrawn':
      return { ...fields, labourMarketEvents: fields.labourMarketEvents.filter((e) => e.key !== `change:${event.data.changeId}`) };
    case 'LearningOutcomesConfirmed': {
      const { confirmedAt: _confirmedAt, ...outcomes } = event.data;
      return { ...fields, learningOutcomes: outcomes };
    }
    default:
      return assertNever(event);
  }
}
