import { compareDates, helsinkiDate, helsinkiIsoWeek, isCalendarDate } from '@career/calendar';
import { assertNever, type Decider } from '@career/event-sourcing';
import { refuse } from '../../scheduling.errors';
import {
  assertFollowUpCadence,
  assertOneMeetingPerWeek,
  initialMeetingsHeld,
  MIN_INITIAL_MEETINGS_HELD,
  nextFollowUpDueDate,
  overdueFromOf,
} from './guidance-process.cadence';
import type {
  CheckOverdue,
  CloseProcess,
  CompleteInitialAssessment,
  GuidanceProcessCommand,
  MoveMeeting,
  RecordTrainingCompletion,
  ScheduleMeeting,
} from './guidance-process.commands';
import type { GuidanceProcessEvent, MeetingCancelled } from './guidance-process.events';
import {
  requireDuration,
  requireInstant,
  requireKnownLicences,
  requireMeeting,
  requireOpen,
  requireScheduled,
  requireStarted,
  requireText,
  type OpenState,
} from './guidance-process.guards';
import type { GuidanceProcessState, Meeting, MeetingChange, ProcessDetails } from './guidance-process.state';

export const guidanceProcessDecider: Decider<GuidanceProcessState, GuidanceProcessCommand, GuidanceProcessEvent> = {
  initialState: () => ({ status: 'Empty' }),

  decide(command, state) {
    const now = command.metadata.now.toISOString();
    switch (command.type) {
      case 'OpenProcess': {
        if (state.status !== 'Empty') throw refuse('PROCESS.ALREADY_OPENED', { processId: state.processId });
        return [{ type: 'ProcessOpened', data: { ...command.data, openedAt: now } }];
      }
      case 'ScheduleMeeting':
        return scheduleMeeting(command, requireOpen(state));
      case 'MoveMeeting':
        return moveMeeting(command, requireOpen(state));
      case 'CancelMeeting': {
        const process = requireOpen(state);
        requireScheduled(requireMeeting(process, command.data.meetingId));
        return [
          {
            type: 'MeetingCancelled',
            data: {
              meetingId: command.data.meetingId,
              cancelledBy: command.data.cancelledBy,
              reason: requireText(command.data.reason, 'MEETING.REASON_REQUIRED'),
              cancelledAt: now,
            },
          },
        ];
      }
      case 'RecordMeetingHeld': {
        const meeting = requireStarted(
          requireScheduled(requireMeeting(requireOpen(state), command.data.meetingId)),
          command.metadata.now,
        );
        return [{ type: 'MeetingHeld', data: { meetingId: meeting.meetingId, notes: command.data.notes, recordedAt: now } }];
      }
      case 'RecordNoShow': {
        const meeting = requireStarted(
          requireScheduled(requireMeeting(requireOpen(state), command.data.meetingId)),
          command.metadata.now,
        );
        return [{ type: 'MeetingNoShowRecorded', data: { meetingId: meeting.meetingId, recordedAt: now } }];
      }
      case 'CompleteInitialAssessment':
        return completeInitialAssessment(command, requireOpen(state));
      case 'CheckOverdue':
        return checkOverdue(command, state);
      case 'ReferToTraining': {
        const process = requireOpen(state);
        const { referralId, licenceCode, provider } = command.data;
        if (process.referrals.some((r) => r.referralId === referralId)) throw refuse('REFERRAL.ALREADY_EXISTS', { referralId });
        requireKnownLicences([licenceCode]);
        return [
          {
            type: 'TrainingReferralMade',
            data: { referralId, licenceCode, ...(provider ? { provider } : {}), referredAt: now },
          },
        ];
      }
      case 'RecordTrainingCompletion':
        return recordTrainingCompletion(command, requireOpen(state));
      case 'CloseProcess':
        return closeProcess(command, requireOpen(state));
      default:
        return assertNever(command);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'ProcessOpened': {
        const firstWeek = helsinkiIsoWeek(new Date(event.data.openedAt));
        return {
          status: 'Open',
          ...event.data,
          phase: 'initial-assessment',
          initialAssessment: { firstWeek, overdueFrom: overdueFromOf(firstWeek) },
          meetings: [],
          referrals: [],
        };
      }
      case 'MeetingScheduled': {
        const { meetingId, phase, start, durationMinutes, mode, extra, scheduledAt } = event.data;
        return withFollowUpDueDate(state, (p) => ({
          ...p,
          meetings: [
            ...p.meetings,
            {
              meetingId,
              phase,
              start,
              durationMinutes,
              mode,
              extra,
              status: 'scheduled',
              history: [{ change: 'scheduled', at: scheduledAt, slot: { start, durationMinutes } }],
            },
          ],
        }));
      }
      case 'MeetingMoved': {
        const { from, to, movedBy, movedAt } = event.data;
        return updateMeeting(state, event.data.meetingId, (m) => ({ ...m, ...to }), {
          change: 'moved',
          at: movedAt,
          from,
          to,
          by: movedBy,
        });
      }
      case 'MeetingCancelled':
        return updateMeeting(state, event.data.meetingId, (m) => ({ ...m, status: 'cancelled' }), {
          change: 'cancelled',
          at: event.data.cancelledAt,
          by: event.data.cancelledBy,
        });
      case 'MeetingHeld':
        return updateMeeting(state, event.data.meetingId, (m) => ({ ...m, status: 'held' }), {
          change: 'held',
          at: event.data.recordedAt,
        });
      case 'MeetingNoShowRecorded':
        return updateMeeting(state, event.data.meetingId, (m) => ({ ...m, status: 'no-show' }), {
          change: 'no-show',
          at: event.data.recordedAt,
        });
      case 'InitialAssessmentCompleted':
        return withFollowUpDueDate(state, (p) => ({
          ...p,
          phase: 'follow-up',
          initialAssessment: { ...p.initialAssessment, completedAt: event.data.completedAt },
          direction: {
            direction: event.data.direction,
            licenceCodes: event.data.licenceCodes,
            decidedAt: event.data.completedAt,
          },
        }));
      case 'InitialAssessmentOverdue':
        return mapDetails(state, (p) => ({
          ...p,
          initialAssessment: { ...p.initialAssessment, overdueAnnouncedAt: event.data.detectedAt },
        }));
      case 'TrainingReferralMade': {
        const { referralId, licenceCode, provider, referredAt } = event.data;
        return mapDetails(state, (p) => ({
          ...p,
          referrals: [...p.referrals, { referralId, licenceCode, ...(provider ? { provider } : {}), referredAt }],
        }));
      }
      case 'TrainingCompleted': {
        const { referralId, passed, validUntil, completedAt } = event.data;
        return mapDetails(state, (p) => ({
          ...p,
          referrals: p.referrals.map((r) =>
            r.referralId === referralId
              ? { ...r, completion: { passed, ...(validUntil ? { validUntil } : {}), completedAt } }
              : r,
          ),
        }));
      }
      case 'ProcessClosed':
        if (state.status !== 'Open') return state;
        return { ...state, status: 'Closed', closedAt: event.data.closedAt, closeReason: event.data.reason };
      default:
        return assertNever(event);
    }
  },
};

function scheduleMeeting(command: ScheduleMeeting, process: OpenState): GuidanceProcessEvent[] {
  const { meetingId, durationMinutes, mode, location, extra } = command.data;
  if (process.meetings.some((m) => m.meetingId === meetingId)) throw refuse('MEETING.ALREADY_EXISTS', { meetingId });
  const start = requireInstant(command.data.start);
  requireDuration(durationMinutes);
  if (extra) {
    if (process.phase !== 'follow-up') throw refuse('PROCESS.EXTRA_ONLY_IN_FOLLOW_UP');
    requireText(extra.reason, 'MEETING.EXTRA_REASON_REQUIRED');
  } else if (process.phase === 'initial-assessment') {
    assertOneMeetingPerWeek(process, start);
  } else {
    assertFollowUpCadence(process, start);
  }
  return [
    {
      type: 'MeetingScheduled',
      data: {
        meetingId,
        advisorId: process.advisorId,
        phase: process.phase,
        start: start.toISOString(),
        durationMinutes,
        mode,
        ...(location ? { location } : {}),
        extra: Boolean(extra),
        ...(extra ? { extraReason: extra.reason } : {}),
        scheduledAt: command.metadata.now.toISOString(),
      },
    },
  ];
}

function moveMeeting(command: MoveMeeting, process: OpenState): GuidanceProcessEvent[] {
  const meeting = requireScheduled(requireMeeting(process, command.data.meetingId));
  const start = requireInstant(command.data.start);
  const durationMinutes = command.data.durationMinutes ?? meeting.durationMinutes;
  requireDuration(durationMinutes);
  if (start.toISOString() === meeting.start && durationMinutes === meeting.durationMinutes) return [];
  // The meeting keeps the phase it was booked in, and that phase's rule governs the new time.
  if (meeting.phase === 'initial-assessment') assertOneMeetingPerWeek(process, start, meeting.meetingId);
  else if (!meeting.extra) assertFollowUpCadence(process, start, meeting.meetingId);
  return [
    {
      type: 'MeetingMoved',
      data: {
        meetingId: meeting.meetingId,
        from: { start: meeting.start, durationMinutes: meeting.durationMinutes },
        to: { start: start.toISOString(), durationMinutes },
        movedBy: command.data.movedBy,
        ...(command.data.reason ? { reason: command.data.reason } : {}),
        movedAt: command.metadata.now.toISOString(),
      },
    },
  ];
}

function completeInitialAssessment(command: CompleteInitialAssessment, process: OpenState): GuidanceProcessEvent[] {
  if (process.phase !== 'initial-assessment') throw refuse('PROCESS.INITIAL_ASSESSMENT_ALREADY_COMPLETED');
  const held = initialMeetingsHeld(process);
  if (held < MIN_INITIAL_MEETINGS_HELD) {
    throw refuse(
      'PROCESS.TOO_FEW_MEETINGS',
      { held, required: MIN_INITIAL_MEETINGS_HELD },
      `The initial assessment needs at least ${MIN_INITIAL_MEETINGS_HELD} meetings held before it can be completed.`,
    );
  }
  const { direction } = command.data;
  const licenceCodes = [...new Set(command.data.licenceCodes ?? [])];
  if (direction === 'licence-training') {
    if (licenceCodes.length === 0) throw refuse('PROCESS.LICENCE_REQUIRED');
    requireKnownLicences(licenceCodes);
  } else if (licenceCodes.length > 0) {
    throw refuse('PROCESS.LICENCES_ONLY_FOR_TRAINING', { direction });
  }
  const rationale = requireText(command.data.rationale, 'PROCESS.RATIONALE_REQUIRED');
  return [
    {
      type: 'InitialAssessmentCompleted',
      data: { direction, licenceCodes, rationale, meetingsHeld: held, completedAt: command.metadata.now.toISOString() },
    },
  ];
}

/**
 * A probe from a scheduled job, not a user's command: on a closed or completed process, or
 * one already announced, it decides nothing instead of refusing, so the job can sweep freely.
 */
function checkOverdue(command: CheckOverdue, state: GuidanceProcessState): GuidanceProcessEvent[] {
  if (state.status === 'Empty') throw refuse('PROCESS.NOT_FOUND');
  if (state.status === 'Closed' || state.phase !== 'initial-assessment') return [];
  const { initialAssessment } = state;
  if (initialAssessment.overdueAnnouncedAt) return [];
  if (command.metadata.now.getTime() < Date.parse(initialAssessment.overdueFrom)) return [];
  return [
    {
      type: 'InitialAssessmentOverdue',
      data: {
        firstWeek: initialAssessment.firstWeek.key,
        overdueSince: initialAssessment.overdueFrom,
        meetingsHeld: initialMeetingsHeld(state),
        detectedAt: command.metadata.now.toISOString(),
      },
    },
  ];
}

function recordTrainingCompletion(command: RecordTrainingCompletion, process: OpenState): GuidanceProcessEvent[] {
  const { referralId, passed, licenceIdentifier, validUntil } = command.data;
  const referral = process.referrals.find((r) => r.referralId === referralId);
  if (!referral) throw refuse('REFERRAL.NOT_FOUND', { referralId });
  if (referral.completion) throw refuse('REFERRAL.ALREADY_COMPLETED', { referralId });
  if (passed && !licenceIdentifier?.trim()) throw refuse('REFERRAL.LICENCE_IDENTIFIER_REQUIRED');
  if (!passed && (licenceIdentifier || validUntil)) throw refuse('REFERRAL.NO_LICENCE_WHEN_FAILED');
  if (validUntil !== undefined && (!isCalendarDate(validUntil) || compareDates(validUntil, helsinkiDate(command.metadata.now)) <= 0)) {
    throw refuse('REFERRAL.INVALID_VALID_UNTIL', { validUntil });
  }
  return [
    {
      type: 'TrainingCompleted',
      data: {
        referralId,
        licenceCode: referral.licenceCode,
        passed,
        ...(licenceIdentifier ? { licenceIdentifier } : {}),
        ...(validUntil ? { validUntil } : {}),
        completedAt: command.metadata.now.toISOString(),
      },
    },
  ];
}

/**
 * Meetings still ahead are cancelled by the closing (so no calendar keeps showing them); past
 * meetings never marked held or no-show stay as they are: what happened there is unknown.
 */
function closeProcess(command: CloseProcess, process: OpenState): GuidanceProcessEvent[] {
  const now = command.metadata.now;
  const cancellations: MeetingCancelled[] = process.meetings
    .filter((m) => m.status === 'scheduled' && Date.parse(m.start) >= now.getTime())
    .map((m) => ({
      type: 'MeetingCancelled',
      data: { meetingId: m.meetingId, cancelledBy: 'system', reason: 'process closed', cancelledAt: now.toISOString() },
    }));
  const { reason, note } = command.data;
  return [...cancellations, { type: 'ProcessClosed', data: { reason, ...(note ? { note } : {}), closedAt: now.toISOString() } }];
}

function mapDetails(state: GuidanceProcessState, change: (process: ProcessDetails) => ProcessDetails): GuidanceProcessState {
  if (state.status === 'Empty') return state;
  return { ...state, ...change(state) };
}

/** Applies a change, then recomputes the follow-up due date, which every meeting change can move. */
function withFollowUpDueDate(
  state: GuidanceProcessState,
  change: (process: ProcessDetails) => ProcessDetails,
): GuidanceProcessState {
  return mapDetails(state, (p) => {
    const changed = change(p);
    const nextDueDate = nextFollowUpDueDate(changed);
    return nextDueDate ? { ...changed, nextDueDate } : changed;
  });
}

function updateMeeting(
  state: GuidanceProcessState,
  meetingId: string,
  change: (meeting: Meeting) => Meeting,
  historyEntry: MeetingChange,
): GuidanceProcessState {
  return withFollowUpDueDate(state, (p) => ({
    ...p,
    meetings: p.meetings.map((m) => (m.meetingId === meetingId ? { ...change(m), history: [...m.history, historyEntry] } : m)),
  }));
}
