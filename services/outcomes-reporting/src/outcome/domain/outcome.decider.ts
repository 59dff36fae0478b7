import { helsinkiDate, type CalendarDate } from '@career/calendar';
import { assertNever, type Decider } from '@career/event-sourcing';
import { refuse } from '../../outcomes-reporting.errors';
import type { OutcomeCommand } from './outcome.commands';
import type { OutcomeEvent } from './outcome.events';
import { followUpWindowOf } from './outcome.rules';
import type { OutcomeState } from './outcome.state';
import {
  requireDate,
  requireId,
  validateImprovements,
  validateLearningOutcomes,
  validateReason,
  validateRecord,
} from './outcome.validation';

type Recorded = Extract<OutcomeState, { status: 'Recorded' }>;

function requireExit(state: OutcomeState): Recorded {
  if (state.status === 'Empty') {
    throw refuse('OUTCOME.EXIT_NOT_RECORDED');
  }
  return state;
}

/** Outcomes describe what has happened: a date after today (in Finland) is a typing error. */
function requireNotFuture(field: string, date: CalendarDate, now: Date): void {
  const today = helsinkiDate(now);
  if (date > today) throw refuse('OUTCOME.DATE_IN_FUTURE', { field, today }, `${field} cannot be after today (${today}).`);
}

function requireFollowUpInWindow(exitDate: CalendarDate, followUpDate: CalendarDate): void {
  const { earliest, latest } = followUpWindowOf(exitDate);
  if (followUpDate < earliest || followUpDate > latest) {
    throw refuse(
      'OUTCOME.FOLLOW_UP_OUTSIDE_WINDOW',
      { exitDate, followUpDate, earliest, latest },
      `The six-month follow-up must be dated from ${earliest} to ${latest} (5 to 8 months after the exit on ${exitDate}).`,
    );
  }
}

/** The follow-up describes the status on its date: a job starting later is not a status yet. */
function requireStartedBy(followUpDate: CalendarDate, startDate: CalendarDate | undefined): void {
  if (startDate !== undefined && startDate > followUpDate) {
    throw refuse('OUTCOME.START_AFTER_FOLLOW_UP', { field: 'outcome.startDate', followUpDate });
  }
}

function startDateOf(command: { outcome: { status: string; startDate?: CalendarDate } }): CalendarDate | undefined {
  return command.outcome.startDate;
}

/** Deep equality of plain JSON payloads, for idempotent repeats of the same correction. */
function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/**
 * One client process's outcomes (docs/domain.md#the-process, step 9): the status at exit, the status about six
 * months later, status changes in between, and the learning outcomes the advisor confirms.
 * Nothing recorded is edited: a correction is a new event that replaces the record in the
 * state, and the original stays in the stream for the audit trail.
 */
export const outcomeDecider: Decider<OutcomeState, OutcomeCommand, OutcomeEvent> = {
  initialState: () => ({ status: 'Empty' }),

  decide(command, state) {
    const now = command.metadata.now;
    const recordedAt = now.toISOString();
    switch (command.type) {
      case 'RecordExitOutcome': {
        const { processId, clientId, organisation, exitDate, outcome, source, gainedQualification } = command.data;
        if (state.status !== 'Empty') {
          throw refuse('OUTCOME.EXIT_ALREADY_RECORDED', { exitDate: state.exit.exitDate });
        }
        requireId('processId', processId);
        requireId('clientId', clientId);
        requireId('organisation', organisation);
        requireDate('exitDate', exitDate);
        validateRecord(command.data);
        requireNotFuture('exitDate', exitDate, now);
        return [
          {
            type: 'ExitOutcomeRecorded',
            data: { processId, clientId, organisation, exitDate, outcome, source, ...(gainedQualification && { gainedQualification }), recordedAt },
          },
        ];
      }

      case 'CorrectExitOutcome': {
        const current = requireExit(state);
        const { exitDate, outcome, source, gainedQualification, reason } = command.data;
        requireDate('exitDate', exitDate);
        validateRecord(command.data);
        validateReason(reason);
        requireNotFuture('exitDate', exitDate, now);
        if (current.followUp) requireFollowUpInWindow(exitDate, current.followUp.followUpDate);
        const earlierChange = current.changes.find((c) => !c.withdrawn && c.date < exitDate);
        if (earlierChange) {
          throw refuse(
            'OUTCOME.CHANGE_BEFORE_EXIT',
            { changeId: earlierChange.changeId, changeDate: earlierChange.date },
            'A recorded status change would fall before the corrected exit date.',
          );
        }
        const replacement = { exitDate, outcome, source, gainedQualification };
        if (sameJson(replacement, current.exit)) return [];
        return [
          {
            type: 'ExitOutcomeCorrected',
            data: { exitDate, outcome, source, ...(gainedQualification && { gainedQualification }), reason, recordedAt },
          },
        ];
      }

      case 'RecordFollowUpOutcome': {
        const current = requireExit(state);
        const { followUpDate, outcome, source, gainedQualification } = command.data;
        const improvements = command.data.improvements ?? [];
        if (current.followUp) {
          throw refuse('OUTCOME.FOLLOW_UP_ALREADY_RECORDED', { followUpDate: current.followUp.followUpDate });
        }
        requireDate('followUpDate', followUpDate);
        validateRecord(command.data);
        validateImprovements(improvements, outcome);
        requireFollowUpInWindow(current.exit.exitDate, followUpDate);
        requireNotFuture('followUpDate', followUpDate, now);
        requireStartedBy(followUpDate, startDateOf(command.data));
        return [
          {
            type: 'FollowUpOutcomeRecorded',
            data: { followUpDate, outcome, source, ...(gainedQualification && { gainedQualification }), improvements, recordedAt },
          },
        ];
      }

      case 'CorrectFollowUpOutcome': {
        const current = requireExit(state);
        const { followUpDate, outcome, source, gainedQualification, reason } = command.data;
        const improvements = command.data.improvements ?? [];
        if (!current.followUp) {
          throw refuse('OUTCOME.FOLLOW_UP_NOT_RECORDED');
        }
        requireDate('followUpDate', followUpDate);
        validateRecord(command.data);
        validateImprovements(improvements, outcome);
        validateReason(reason);
        requireFollowUpInWindow(current.exit.exitDate, followUpDate);
        requireNotFuture('followUpDate', followUpDate, now);
        requireStartedBy(followUpDate, startDateOf(command.data));
        if (sameJson({ followUpDate, outcome, source, gainedQualification, improvements }, current.followUp)) return [];
        return [
          {
            type: 'FollowUpOutcomeCorrected',
            data: { followUpDate, outcome, source, ...(gainedQualification && { gainedQualification }), improvements, reason, recordedAt },
          },
        ];
      }

      case 'RecordStatusChange': {
        const current = requireExit(state);
        const { changeId, date, outcome, source, gainedQualification } = command.data;
        requireId('changeId', changeId);
        requireDate('date', date);
        validateRecord(command.data);
        requireNotFuture('date', date, now);
        const existing = current.changes.find((c) => c.changeId === changeId);
        if (existing) {
          // A retried request is harmless; the same id for different content is a client bug.
          if (sameJson({ changeId, date, outcome, source, gainedQualification, withdrawn: false }, existing)) return [];
          throw refuse('OUTCOME.CHANGE_ID_TAKEN', { changeId });
        }
        if (date < current.exit.exitDate) {
          throw refuse('OUTCOME.CHANGE_BEFORE_EXIT', { exitDate: current.exit.exitDate, changeDate: date });
        }
        return [
          {
            type: 'StatusChangeRecorded',
            data: { changeId, date, outcome, source, ...(gainedQualification && { gainedQualification }), recordedAt },
          },
        ];
      }

      case 'WithdrawStatusChange': {
        const current = requireExit(state);
        const { changeId, reason } = command.data;
        validateReason(reason);
        const change = current.changes.find((c) => c.changeId === changeId);
        if (!change) throw refuse('OUTCOME.UNKNOWN_CHANGE', { changeId });
        if (change.withdrawn) return [];
        return [{ type: 'StatusChangeWithdrawn', data: { changeId, reason, recordedAt } }];
      }

      case 'ConfirmLearningOutcomes': {
        const current = requireExit(state);
        const { learnedToIdentifySkills, drewUpSkillsCv, wroteJobApplication, improvedSelfKnowledge, improvedConfidence } = command.data;
        const outcomes = { learnedToIdentifySkills, drewUpSkillsCv, wroteJobApplication, improvedSelfKnowledge, improvedConfidence };
        validateLearningOutcomes(outcomes);
        if (current.learningOutcomes && sameJson(outcomes, current.learningOutcomes)) return [];
        return [{ type: 'LearningOutcomesConfirmed', data: { ...outcomes, confirmedAt: recordedAt } }];
      }

      default:
        return assertNever(command);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'ExitOutcomeRecorded': {
        const { processId, clientId, organisation, exitDate, outcome, source, gainedQualification } = event.data;
        return {
          status: 'Recorded',
          processId,
          clientId,
          organisation,
          exit: { exitDate, outcome, source, ...(gainedQualification && { gainedQualification }) },
          changes: [],
        };
      }
      case 'ExitOutcomeCorrected': {
        if (state.status === 'Empty') return state;
        const { exitDate, outcome, source, gainedQualification } = event.data;
        return { ...state, exit: { exitDate, outcome, source, ...(gainedQualification && { gainedQualification }) } };
      }
      case 'FollowUpOutcomeRecorded':
      case 'FollowUpOutcomeCorrected': {
        if (state.status === 'Empty') return state;
        const { followUpDate, outcome, source, gainedQualification, improvements } = event.data;
        return { ...state, followUp: { followUpDate, outcome, source, ...(gainedQualification && { gainedQualification }), improvements } };
      }
      case 'StatusChangeRecorded': {
        if (state.status === 'Empty') return state;
        const { changeId, date, outcome, source, gainedQualification } = event.data;
        return {
          ...state,
          changes: [...state.changes, { changeId, date, outcome, source, ...(gainedQualification && { gainedQualification }), withdrawn: false }],
        };
      }
      case 'StatusChangeWithdrawn': {
        if (state.status === 'Empty') return state;
        return {
          ...state,
          changes: state.changes.map((c) => (c.changeId === event.data.changeId ? { ...c, withdrawn: true } : c)),
        };
      }
      case 'LearningOutcomesConfirmed': {
        if (state.status === 'Empty') return state;
        const { confirmedAt: _confirmedAt, ...outcomes } = event.data;
        return { ...state, learningOutcomes: outcomes };
      }
      default:
        return assertNever(event);
    }
  },
};
