import { fold } from '@career/event-sourcing';
import { given as givenHistory } from '@career/testing';
import { refusalOf, refusedAs } from '../../test-support/refusals';
import { initialAssessmentWeekNumber, isInitialAssessmentOverdue } from './guidance-process.cadence';
import type { GuidanceProcessCommand } from './guidance-process.commands';
import { guidanceProcessDecider as decider } from './guidance-process.decider';
import { PERSONAL_FIELDS, type GuidanceProcessEvent, type MeetingScheduled } from './guidance-process.events';

const given = (events: GuidanceProcessEvent[]) => givenHistory(decider, events);

const refusal = (events: GuidanceProcessEvent[], command: GuidanceProcessCommand) => refusalOf(decider, events, command);

/** The state after the history and, when given, the events the command decides. */
function stateAfter(events: GuidanceProcessEvent[], command?: GuidanceProcessCommand) {
  const history = fold(decider, events);
  const state = command ? decider.decide(command, history).reduce(decider.evolve, history) : history;
  if (state.status === 'Empty') throw new Error('expected an opened process');
  return state;
}

const iso = (instant: string) => new Date(instant).toISOString();
const meta = (now: string) => ({ now: new Date(now) });

// ---- history builders -----------------------------------------------------------------

/** Tuesday of 2026-W10 (10:00 EET). Week 6 of the phase (2026-W15) starts after the DST change. */
const OPENED_AT = '2026-03-03T08:00:00Z';

const opened = (openedAt = OPENED_AT): GuidanceProcessEvent => ({
  type: 'ProcessOpened',
  data: { processId: 'p-1', clientId: 'c-1', advisorId: 'a-1', organisation: 'KEHA-01', openedAt: iso(openedAt) },
});

const scheduled = (meetingId: string, start: string, extra: Partial<MeetingScheduled['data']> = {}): GuidanceProcessEvent => ({
  type: 'MeetingScheduled',
  data: {
    meetingId,
    advisorId: 'a-1',
    phase: 'initial-assessment',
    start: iso(start),
    durationMinutes: 60,
    mode: 'in-person',
    extra: false,
    scheduledAt: iso(OPENED_AT),
    ...extra,
  },
});

const followUp = (meetingId: string, start: string, extra: Partial<MeetingScheduled['data']> = {}) =>
  scheduled(meetingId, start, { phase: 'follow-up', ...extra });

const held = (meetingId: string, recordedAt: string): GuidanceProcessEvent => ({
  type: 'MeetingHeld',
  data: { meetingId, notes: 'notes', recordedAt: iso(recordedAt) },
});

const cancelled = (meetingId: string): GuidanceProcessEvent => ({
  type: 'MeetingCancelled',
  data: { meetingId, cancelledBy: 'client', reason: 'ill', cancelledAt: iso(OPENED_AT) },
});

const noShow = (meetingId: string, recordedAt: string): GuidanceProcessEvent => ({
  type: 'MeetingNoShowRecorded',
  data: { meetingId, recordedAt: iso(recordedAt) },
});

/** Three weekly meetings held in 2026-W10..W12. */
const threeHeld: GuidanceProcessEvent[] = [
  opened(),
  scheduled('m1', '2026-03-04T10:00:00+02:00'),
  held('m1', '2026-03-04T09:00:00Z'),
  scheduled('m2', '2026-03-11T10:00:00+02:00'),
  held('m2', '2026-03-11T09:00:00Z'),
  scheduled('m3', '2026-03-18T10:00:00+02:00'),
  held('m3', '2026-03-18T09:00:00Z'),
];

/** Completed on Wednesday 2026-03-25 12:00 EET: the first follow-up is due 2026-04-08 (after the DST change). */
const COMPLETED_AT = '2026-03-25T10:00:00Z';
const completed = (completedAt = COMPLETED_AT): GuidanceProcessEvent => ({
  type: 'InitialAssessmentCompleted',
  data: { direction: 'group-guidance', licenceCodes: [], rationale: 'why', meetingsHeld: 3, completedAt },
});
const inFollowUp = [...threeHeld, completed()];

// ---- command builders -----------------------------------------------------------------

const schedule = (
  meetingId: string,
  start: string,
  now = OPENED_AT,
  more: { extra?: { reason: string }; durationMinutes?: number } = {},
): GuidanceProcessCommand => ({
  type: 'ScheduleMeeting',
  data: {
    meetingId,
    start,
    durationMinutes: more.durationMinutes ?? 60,
    mode: 'in-person',
    ...(more.extra ? { extra: more.extra } : {}),
  },
  metadata: meta(now),
});

const move = (meetingId: string, start: string, now = OPENED_AT): GuidanceProcessCommand => ({
  type: 'MoveMeeting',
  data: { meetingId, start, movedBy: 'advisor' },
  metadata: meta(now),
});

const complete = (
  direction: 'group-guidance' | 'licence-training' | 'individual-only',
  licenceCodes?: string[],
  now = COMPLETED_AT,
): GuidanceProcessCommand => ({
  type: 'CompleteInitialAssessment',
  data: { direction, ...(licenceCodes ? { licenceCodes } : {}), rationale: 'Client wants to work in logistics.' },
  metadata: meta(now),
});

const checkOverdue = (now: string): GuidanceProcessCommand => ({ type: 'CheckOverdue', data: {}, metadata: meta(now) });

// ---------------------------------------------------------------------------------------

describe('guidance process: opening', () => {
  it('opens a process for a client with its advisor and organisation', () => {
    given([])
      .when({
        type: 'OpenProcess',
        data: { processId: 'p-1', clientId: 'c-1', advisorId: 'a-1', organisation: 'KEHA-01' },
        metadata: meta(OPENED_AT),
      })
      .then([opened()]);
  });

  it('refuses a second open', () => {
    given([opened()])
      .when({
        type: 'OpenProcess',
        data: { processId: 'p-1', clientId: 'c-1', advisorId: 'a-2', organisation: 'KEHA-01' },
        metadata: meta(OPENED_AT),
      })
      .thenThrows('PROCESS.ALREADY_OPENED');
  });

  it('answers not-found for any other command on a process never opened', () => {
    given([]).when(schedule('m1', '2026-03-04T10:00:00+02:00')).thenThrows(refusedAs('PROCESS.NOT_FOUND', 'not-found'));
    given([]).when(checkOverdue('2026-05-01T00:00:00Z')).thenThrows(refusedAs('PROCESS.NOT_FOUND', 'not-found'));
  });
});

describe('initial assessment: one individual meeting per ISO week, Helsinki time', () => {
  it('schedules the first meeting in the initial-assessment phase, normalising the start to UTC', () => {
    given([opened()])
      .when(schedule('m1', '2026-03-04T10:00:00+02:00'))
      .then([scheduled('m1', '2026-03-04T08:00:00Z')]);
  });

  it('refuses a second meeting in a week that already holds one, naming the rule and the week', () => {
    const history = [opened(), scheduled('m1', '2026-03-04T10:00:00+02:00')];
    given(history).when(schedule('m2', '2026-03-06T14:00:00+02:00')).thenThrows('PROCESS.ONE_MEETING_PER_WEEK');
    expect(refusal(history, schedule('m2', '2026-03-06T14:00:00+02:00')).details).toEqual({
      week: '2026-W10',
      existingMeetingId: 'm1',
    });
  });

  it('counts a held meeting as occupying its week', () => {
    given([opened(), scheduled('m1', '2026-03-04T10:00:00+02:00'), held('m1', '2026-03-04T09:00:00Z')])
      .when(schedule('m2', '2026-03-05T10:00:00+02:00'))
      .thenThrows('PROCESS.ONE_MEETING_PER_WEEK');
  });

  it('frees the week when the meeting there is cancelled or the client did not show up', () => {
    given([opened(), scheduled('m1', '2026-03-04T10:00:00+02:00'), cancelled('m1')])
      .when(schedule('m2', '2026-03-05T10:00:00+02:00'))
      .then([scheduled('m2', '2026-03-05T10:00:00+02:00')]);
    given([opened(), scheduled('m1', '2026-03-04T10:00:00+02:00'), noShow('m1', '2026-03-04T09:30:00Z')])
      .when(schedule('m2', '2026-03-05T10:00:00+02:00'))
      .then([scheduled('m2', '2026-03-05T10:00:00+02:00')]);
  });

  it('treats Sunday 23:30 and Monday 00:30 Helsinki as different weeks, although both are Sunday in UTC', () => {
    // 2026-03-15 23:30 EET = 21:30Z and 2026-03-16 00:30 EET = 22:30Z: both UTC Sunday, 2026-W11.
    given([opened(), scheduled('m1', '2026-03-15T23:30:00+02:00')])
      .when(schedule('m2', '2026-03-16T00:30:00+02:00'))
      .then([scheduled('m2', '2026-03-15T22:30:00Z')]);
  });

  it('treats Monday 01:00 Helsinki as the new week although UTC still says the previous Sunday', () => {
    // 2026-03-16 01:00 EET = 2026-03-15T23:00Z (UTC 2026-W11); Helsinki says 2026-W12, like Wednesday.
    given([opened(), scheduled('m1', '2026-03-16T01:00:00+02:00')])
      .when(schedule('m2', '2026-03-18T12:00:00+02:00'))
      .thenThrows('PROCESS.ONE_MEETING_PER_WEEK');
  });

  describe('across the year change (2026-12-31 is in 2026-W53; 2027-W01 starts on 2027-01-04)', () => {
    const lateOpened = opened('2026-12-02T08:00:00Z');

    it('refuses Saturday 2027-01-02 when Thursday 2026-12-31 holds a meeting: same ISO week 2026-W53', () => {
      const history = [lateOpened, scheduled('m1', '2026-12-31T10:00:00+02:00')];
      const command = schedule('m2', '2027-01-02T10:00:00+02:00', '2026-12-02T08:00:00Z');
      given(history).when(command).thenThrows('PROCESS.ONE_MEETING_PER_WEEK');
      expect(refusal(history, command).details.week).toBe('2026-W53');
    });

    it('allows Monday 2027-01-04 00:30 after Sunday 2027-01-03 23:30', () => {
      given([lateOpened, scheduled('m1', '2027-01-03T23:30:00+02:00')])
        .when(schedule('m2', '2027-01-04T00:30:00+02:00', '2026-12-02T08:00:00Z'))
        .then([scheduled('m2', '2027-01-03T22:30:00Z', { scheduledAt: iso('2026-12-02T08:00:00Z') })]);
    });
  });

  describe('across the daylight-saving changes (2026-03-29 and 2026-10-25 in Helsinki)', () => {
    it('keeps one week from Monday EET to Sunday EEST: 2026-03-23 and 2026-03-29 23:30 clash', () => {
      given([opened(), scheduled('m1', '2026-03-23T09:00:00+02:00')])
        .when(schedule('m2', '2026-03-29T23:30:00+03:00'))
        .thenThrows('PROCESS.ONE_MEETING_PER_WEEK');
    });

    it('allows Monday 2026-03-30 00:30 EEST after Sunday 2026-03-29 23:30 EEST (both UTC Sunday)', () => {
      given([opened(), scheduled('m1', '2026-03-29T23:30:00+03:00')])
        .when(schedule('m2', '2026-03-30T00:30:00+03:00'))
        .then([scheduled('m2', '2026-03-29T21:30:00Z')]);
    });

    it('places the second pass of the repeated hour (2026-10-25 03:30 EET) in the same week as Monday 2026-10-19', () => {
      const autumn = opened('2026-10-05T08:00:00Z');
      given([autumn, scheduled('m1', '2026-10-19T10:00:00+03:00')])
        .when(schedule('m2', '2026-10-25T03:30:00+02:00', '2026-10-05T08:00:00Z'))
        .thenThrows('PROCESS.ONE_MEETING_PER_WEEK');
    });

    it('allows Monday 2026-10-26 00:30 EET after Sunday 2026-10-25 23:30 EET', () => {
      const autumn = opened('2026-10-05T08:00:00Z');
      given([autumn, scheduled('m1', '2026-10-25T23:30:00+02:00')])
        .when(schedule('m2', '2026-10-26T00:30:00+02:00', '2026-10-05T08:00:00Z'))
        .then([scheduled('m2', '2026-10-25T22:30:00Z', { scheduledAt: iso('2026-10-05T08:00:00Z') })]);
    });
  });

  it('applies the rule to a move: into an occupied week is refused, within its own week is allowed', () => {
    const history = [opened(), scheduled('m1', '2026-03-04T10:00:00+02:00'), scheduled('m2', '2026-03-11T10:00:00+02:00')];
    given(history).when(move('m2', '2026-03-06T10:00:00+02:00')).thenThrows('PROCESS.ONE_MEETING_PER_WEEK');
    given(history)
      .when(move('m2', '2026-03-15T23:30:00+02:00'))
      .then([
        {
          type: 'MeetingMoved',
          data: {
            meetingId: 'm2',
            from: { start: iso('2026-03-11T10:00:00+02:00'), durationMinutes: 60 },
            to: { start: iso('2026-03-15T23:30:00+02:00'), durationMinutes: 60 },
            movedBy: 'advisor',
            movedAt: iso(OPENED_AT),
          },
        },
      ]);
  });

  it('refuses an extra meeting in the initial assessment: its rule has no exceptions', () => {
    given([opened()])
      .when(schedule('m1', '2026-03-04T10:00:00+02:00', OPENED_AT, { extra: { reason: 'crisis' } }))
      .thenThrows(refusedAs('PROCESS.EXTRA_ONLY_IN_FOLLOW_UP', 'invalid'));
  });
});

describe('initial assessment: completion and direction', () => {
  it('refuses completion with fewer than 3 meetings held (scheduled and no-show do not count)', () => {
    const history = [
      opened(),
      scheduled('m1', '2026-03-04T10:00:00+02:00'),
      held('m1', '2026-03-04T09:00:00Z'),
      scheduled('m2', '2026-03-11T10:00:00+02:00'),
      noShow('m2', '2026-03-11T09:00:00Z'),
      scheduled('m3', '2026-03-12T10:00:00+02:00'),
      held('m3', '2026-03-12T09:00:00Z'),
      scheduled('m4', '2026-03-18T10:00:00+02:00'),
    ];
    given(history).when(complete('group-guidance')).thenThrows('PROCESS.TOO_FEW_MEETINGS');
    expect(refusal(history, complete('group-guidance')).details).toEqual({ held: 2, required: 3 });
  });

  it('completes with 3 meetings held and directs the client to group guidance', () => {
    given(threeHeld)
      .when(complete('group-guidance'))
      .then([
        {
          type: 'InitialAssessmentCompleted',
          data: {
            direction: 'group-guidance',
            licenceCodes: [],
            rationale: 'Client wants to work in logistics.',
            meetingsHeld: 3,
            completedAt: iso(COMPLETED_AT),
          },
        },
      ]);
  });

  it('directs to licence training with catalogue licences (duplicates collapsed)', () => {
    const [event] = decider.decide(
      complete('licence-training', ['forklift-licence', 'occupational-safety-card', 'forklift-licence']),
      fold(decider, threeHeld),
    );
    expect(event).toMatchObject({
      type: 'InitialAssessmentCompleted',
      data: { direction: 'licence-training', licenceCodes: ['forklift-licence', 'occupational-safety-card'] },
    });
  });

  it('refuses licence training with no licence or with a licence missing from the catalogue', () => {
    given(threeHeld).when(complete('licence-training', [])).thenThrows(refusedAs('PROCESS.LICENCE_REQUIRED', 'invalid'));
    given(threeHeld).when(complete('licence-training')).thenThrows(refusedAs('PROCESS.LICENCE_REQUIRED', 'invalid'));
    const unknownLicence = complete('licence-training', ['forklift-licence', 'pilot-licence']);
    given(threeHeld).when(unknownLicence).thenThrows(refusedAs('CATALOGUE.UNKNOWN_LICENCE', 'invalid'));
    expect(refusal(threeHeld, unknownLicence).details).toEqual({ unknown: ['pilot-licence'] });
  });

  it('refuses licences named with another direction, and a blank rationale', () => {
    given(threeHeld)
      .when(complete('individual-only', ['forklift-licence']))
      .thenThrows(refusedAs('PROCESS.LICENCES_ONLY_FOR_TRAINING', 'invalid'));
    given(threeHeld)
      .when({
        type: 'CompleteInitialAssessment',
        data: { direction: 'individual-only', rationale: '  ' },
        metadata: meta(COMPLETED_AT),
      })
      .thenThrows(refusedAs('PROCESS.RATIONALE_REQUIRED', 'invalid'));
  });

  it('refuses a second completion', () => {
    given(inFollowUp).when(complete('group-guidance')).thenThrows('PROCESS.INITIAL_ASSESSMENT_ALREADY_COMPLETED');
  });

  it('keeps the direction in the state and moves to the follow-up phase', () => {
    const state = stateAfter(threeHeld, complete('licence-training', ['hygiene-passport']));
    expect(state.phase).toBe('follow-up');
    expect(state.direction).toEqual({
      direction: 'licence-training',
      licenceCodes: ['hygiene-passport'],
      decidedAt: iso(COMPLETED_AT),
    });
    expect(state.initialAssessment.completedAt).toBe(iso(COMPLETED_AT));
  });

  it('marks the rationale and the meeting notes as personal data', () => {
    expect(PERSONAL_FIELDS.InitialAssessmentCompleted).toContain('rationale');
    expect(PERSONAL_FIELDS.MeetingHeld).toContain('notes');
  });
});

describe('initial assessment: overdue after week 5 (week 1 = the ISO week of opening)', () => {
  // Opened Tuesday 2026-03-03 (2026-W10): weeks 1-5 are W10-W14; W15 starts Monday
  // 2026-04-06 00:00 EEST = 2026-04-05T21:00Z, after the change to summer time.
  const overdueEvent = (detectedAt: string, meetingsHeld = 0): GuidanceProcessEvent => ({
    type: 'InitialAssessmentOverdue',
    data: { firstWeek: '2026-W10', overdueSince: '2026-04-05T21:00:00.000Z', meetingsHeld, detectedAt: iso(detectedAt) },
  });

  it('is not overdue on the last second of week 5 (Sunday 23:59:59 EEST)', () => {
    given([opened()]).when(checkOverdue('2026-04-05T20:59:59Z')).then([]);
  });

  it('announces the overdue phase from Monday 00:00 Helsinki of week 6, with the meetings held so far', () => {
    given([opened(), scheduled('m1', '2026-03-04T10:00:00+02:00'), held('m1', '2026-03-04T09:00:00Z')])
      .when(checkOverdue('2026-04-05T21:00:00Z'))
      .then([overdueEvent('2026-04-05T21:00:00Z', 1)]);
  });

  it('announces it once, never twice', () => {
    given([opened(), overdueEvent('2026-04-05T21:00:00Z')])
      .when(checkOverdue('2026-04-20T08:00:00Z'))
      .then([]);
  });

  it('announces nothing once the phase is completed, or the process closed', () => {
    given(inFollowUp).when(checkOverdue('2026-06-01T08:00:00Z')).then([]);
    given([opened(), { type: 'ProcessClosed', data: { reason: 'client-exited', closedAt: iso('2026-03-10T08:00:00Z') } }])
      .when(checkOverdue('2026-06-01T08:00:00Z'))
      .then([]);
  });

  it('counts week 1 from the opening week even when the first meeting comes later', () => {
    // Opened Sunday 2026-03-08 23:00 EET (W10): week 1 is that single day; the first meeting
    // on Monday is already in week 2, and week 6 still starts on Monday 2026-04-06.
    const sundayOpening = [opened('2026-03-08T21:00:00Z'), scheduled('m1', '2026-03-09T10:00:00+02:00')];
    const state = stateAfter(sundayOpening);
    expect(initialAssessmentWeekNumber(state, new Date('2026-03-08T21:30:00Z'))).toBe(1);
    expect(initialAssessmentWeekNumber(state, new Date('2026-03-08T22:30:00Z'))).toBe(2); // Monday 00:30 EET
    expect(state.initialAssessment.overdueFrom).toBe('2026-04-05T21:00:00.000Z');
    expect(isInitialAssessmentOverdue(state, new Date('2026-04-05T20:59:59Z'))).toBe(false);
    expect(isInitialAssessmentOverdue(state, new Date('2026-04-05T21:00:00Z'))).toBe(true);
  });

  it('runs week 6 into the new year: opened in 2026-W49, overdue from Monday 2027-01-04 00:00 EET', () => {
    const decemberOpening = [opened('2026-12-02T08:00:00Z')];
    const event = (detectedAt: string): GuidanceProcessEvent => ({
      type: 'InitialAssessmentOverdue',
      data: { firstWeek: '2026-W49', overdueSince: '2027-01-03T22:00:00.000Z', meetingsHeld: 0, detectedAt: iso(detectedAt) },
    });
    given(decemberOpening).when(checkOverdue('2027-01-03T21:59:59Z')).then([]); // Sunday 23:59:59 of 2026-W53 = week 5
    given(decemberOpening)
      .when(checkOverdue('2027-01-03T22:00:00Z'))
      .then([event('2027-01-03T22:00:00Z')]);
    expect(initialAssessmentWeekNumber(stateAfter(decemberOpening), new Date('2026-12-31T12:00:00Z'))).toBe(5);
  });
});

describe('follow-up: one individual meeting every two weeks', () => {
  it('knows the next due date from completion: two weeks later on the Helsinki calendar, across the DST change', () => {
    expect(stateAfter(inFollowUp).nextDueDate).toBe('2026-04-08');
  });

  it('schedules a follow-up meeting and moves the due date two weeks after it', () => {
    const command = schedule('f1', '2026-04-08T10:00:00+03:00', COMPLETED_AT);
    given(inFollowUp)
      .when(command)
      .then([followUp('f1', '2026-04-08T10:00:00+03:00', { scheduledAt: iso(COMPLETED_AT) })]);
    expect(stateAfter(inFollowUp, command).nextDueDate).toBe('2026-04-22');
  });

  it('refuses a second regular meeting in the next ISO week and allows one two weeks later', () => {
    const history = [...inFollowUp, followUp('f1', '2026-04-08T10:00:00+03:00')];
    const tooSoon = schedule('f2', '2026-04-13T10:00:00+03:00', COMPLETED_AT);
    given(history).when(tooSoon).thenThrows('PROCESS.FOLLOW_UP_CADENCE');
    expect(refusal(history, tooSoon).details).toEqual({
      week: '2026-W16',
      existingMeetingId: 'f1',
      existingMeetingWeek: '2026-W15',
      nextDueDate: '2026-04-22',
    });
    given(history)
      .when(schedule('f2', '2026-04-20T10:00:00+03:00', COMPLETED_AT))
      .then([
        expect.objectContaining({
          type: 'MeetingScheduled',
          data: expect.objectContaining({ meetingId: 'f2', phase: 'follow-up' }),
        }),
      ]);
  });

  it('allows an extra meeting inside the period when it gives a reason; it does not move the due date', () => {
    const history = [...inFollowUp, followUp('f1', '2026-04-08T10:00:00+03:00')];
    const extraMeeting = schedule('x1', '2026-04-10T10:00:00+03:00', COMPLETED_AT, {
      extra: { reason: 'job interview next week' },
    });
    given(history)
      .when(extraMeeting)
      .then([
        expect.objectContaining({
          data: expect.objectContaining({ meetingId: 'x1', extra: true, extraReason: 'job interview next week' }),
        }),
      ]);
    expect(stateAfter(history, extraMeeting).nextDueDate).toBe('2026-04-22');
    given(history)
      .when(schedule('x1', '2026-04-10T10:00:00+03:00', COMPLETED_AT, { extra: { reason: ' ' } }))
      .thenThrows(refusedAs('MEETING.EXTRA_REASON_REQUIRED', 'invalid'));
  });

  it('lets an extra meeting be moved anywhere, and holds a moved regular meeting to the cadence', () => {
    const history = [
      ...inFollowUp,
      followUp('f1', '2026-04-08T10:00:00+03:00'),
      followUp('x1', '2026-04-10T10:00:00+03:00', { extra: true, extraReason: 'r' }),
      followUp('f2', '2026-04-22T10:00:00+03:00'),
    ];
    given(history)
      .when(move('x1', '2026-04-21T10:00:00+03:00'))
      .then([expect.objectContaining({ type: 'MeetingMoved' })]);
    given(history).when(move('f2', '2026-04-16T10:00:00+03:00')).thenThrows('PROCESS.FOLLOW_UP_CADENCE');
  });

  it('falls back to the previous anchor when the latest follow-up is cancelled or missed', () => {
    const base = [...inFollowUp, followUp('f1', '2026-04-08T10:00:00+03:00'), followUp('f2', '2026-04-22T10:00:00+03:00')];
    expect(stateAfter(base).nextDueDate).toBe('2026-05-06');
    expect(stateAfter([...base, cancelled('f2')]).nextDueDate).toBe('2026-04-22');
    expect(stateAfter([...base, noShow('f2', '2026-04-22T08:00:00Z')]).nextDueDate).toBe('2026-04-22');
  });

  it('uses Helsinki weeks at the Sunday/Monday boundary, where UTC weeks would decide the other way', () => {
    // Monday 2026-04-20 00:30 EEST is W17 in Helsinki but Sunday W16 in UTC; Sunday 2026-05-03 23:30 EEST is W18.
    const late = [...inFollowUp, followUp('f1', '2026-04-20T00:30:00+03:00')];
    given(late)
      .when(schedule('f2', '2026-05-03T23:30:00+03:00', COMPLETED_AT))
      .thenThrows('PROCESS.FOLLOW_UP_CADENCE');
    // Sunday 2026-04-19 23:30 EEST (W16) and Monday 2026-04-27 00:30 EEST (W18, UTC Sunday W17): two weeks apart.
    const early = [...inFollowUp, followUp('f1', '2026-04-19T23:30:00+03:00')];
    given(early)
      .when(schedule('f2', '2026-04-27T00:30:00+03:00', COMPLETED_AT))
      .then([expect.objectContaining({ type: 'MeetingScheduled' })]);
  });

  it('counts periods across the year change: 2026-W53 and 2027-W01 are adjacent weeks', () => {
    const history = [...inFollowUp, followUp('f1', '2026-12-31T10:00:00+02:00')];
    expect(stateAfter(history).nextDueDate).toBe('2027-01-14');
    given(history)
      .when(schedule('f2', '2027-01-04T10:00:00+02:00', COMPLETED_AT))
      .thenThrows('PROCESS.FOLLOW_UP_CADENCE');
    given(history)
      .when(schedule('f2', '2027-01-11T10:00:00+02:00', COMPLETED_AT))
      .then([expect.objectContaining({ type: 'MeetingScheduled' })]);
  });

  it('keeps calendar days across the autumn DST change: a meeting on 2026-10-22 makes 2026-11-05 due', () => {
    const history = [...inFollowUp, followUp('f1', '2026-10-22T10:00:00+03:00')];
    expect(stateAfter(history).nextDueDate).toBe('2026-11-05');
    given(history)
      .when(schedule('f2', '2026-10-26T10:00:00+02:00', COMPLETED_AT))
      .thenThrows('PROCESS.FOLLOW_UP_CADENCE');
    given(history)
      .when(schedule('f2', '2026-11-02T10:00:00+02:00', COMPLETED_AT))
      .then([expect.objectContaining({ type: 'MeetingScheduled' })]);
  });
});

describe('meetings: move, cancel, held, no-show; nothing erased', () => {
  const base = [opened(), scheduled('m1', '2026-03-04T10:00:00+02:00')];

  it('keeps the old time in the history when a meeting is moved, and every later change too', () => {
    const moved: GuidanceProcessEvent = {
      type: 'MeetingMoved',
      data: {
        meetingId: 'm1',
        from: { start: iso('2026-03-04T10:00:00+02:00'), durationMinutes: 60 },
        to: { start: iso('2026-03-05T12:00:00+02:00'), durationMinutes: 90 },
        movedBy: 'client',
        reason: 'bus strike',
        movedAt: iso('2026-03-03T12:00:00Z'),
      },
    };
    given(base)
      .when({
        type: 'MoveMeeting',
        data: {
          meetingId: 'm1',
          start: '2026-03-05T12:00:00+02:00',
          durationMinutes: 90,
          movedBy: 'client',
          reason: 'bus strike',
        },
        metadata: meta('2026-03-03T12:00:00Z'),
      })
      .then([moved]);
    const meeting = stateAfter([...base, moved, cancelled('m1')]).meetings[0];
    expect(meeting).toMatchObject({ status: 'cancelled', start: iso('2026-03-05T12:00:00+02:00'), durationMinutes: 90 });
    expect(meeting.history.map((h) => h.change)).toEqual(['scheduled', 'moved', 'cancelled']);
    expect(meeting.history[1]).toMatchObject({ from: { start: iso('2026-03-04T10:00:00+02:00') }, by: 'client' });
  });

  it('decides nothing when a meeting is moved to the time it already has', () => {
    given(base).when(move('m1', '2026-03-04T08:00:00Z')).then([]);
  });

  it('cancels with who and why', () => {
    given(base)
      .when({
        type: 'CancelMeeting',
        data: { meetingId: 'm1', cancelledBy: 'advisor', reason: 'advisor ill' },
        metadata: meta(OPENED_AT),
      })
      .then([
        {
          type: 'MeetingCancelled',
          data: { meetingId: 'm1', cancelledBy: 'advisor', reason: 'advisor ill', cancelledAt: iso(OPENED_AT) },
        },
      ]);
    given(base)
      .when({ type: 'CancelMeeting', data: { meetingId: 'm1', cancelledBy: 'advisor', reason: '' }, metadata: meta(OPENED_AT) })
      .thenThrows(refusedAs('MEETING.REASON_REQUIRED', 'invalid'));
  });

  it('marks a meeting held with the advisor’s notes, or no-show, only once it has started', () => {
    const heldCommand = (now: string): GuidanceProcessCommand => ({
      type: 'RecordMeetingHeld',
      data: { meetingId: 'm1', notes: 'Discussed logistics jobs.' },
      metadata: meta(now),
    });
    given(base).when(heldCommand('2026-03-04T07:59:59Z')).thenThrows('MEETING.NOT_STARTED');
    given(base)
      .when(heldCommand('2026-03-04T09:00:00Z'))
      .then([
        {
          type: 'MeetingHeld',
          data: { meetingId: 'm1', notes: 'Discussed logistics jobs.', recordedAt: iso('2026-03-04T09:00:00Z') },
        },
      ]);
    given(base)
      .when({ type: 'RecordNoShow', data: { meetingId: 'm1' }, metadata: meta('2026-03-04T08:30:00Z') })
      .then([noShow('m1', '2026-03-04T08:30:00Z')]);
  });

  it('refuses to move, cancel or re-mark a meeting that is held, no-show or cancelled', () => {
    const cancel: GuidanceProcessCommand = {
      type: 'CancelMeeting',
      data: { meetingId: 'm1', cancelledBy: 'client', reason: 'r' },
      metadata: meta('2026-03-05T08:00:00Z'),
    };
    const heldAgain: GuidanceProcessCommand = {
      type: 'RecordMeetingHeld',
      data: { meetingId: 'm1', notes: 'n' },
      metadata: meta('2026-03-05T08:00:00Z'),
    };
    const wasHeld = [...base, held('m1', '2026-03-04T09:00:00Z')];
    given(wasHeld).when(move('m1', '2026-03-06T10:00:00+02:00')).thenThrows('MEETING.NOT_SCHEDULED');
    expect(refusal(wasHeld, move('m1', '2026-03-06T10:00:00+02:00')).details).toEqual({ meetingId: 'm1', status: 'held' });
    given(wasHeld).when(cancel).thenThrows('MEETING.NOT_SCHEDULED');
    given([...base, noShow('m1', '2026-03-04T09:00:00Z')])
      .when(cancel)
      .thenThrows('MEETING.NOT_SCHEDULED');
    given([...base, noShow('m1', '2026-03-04T09:00:00Z')])
      .when(move('m1', '2026-03-06T10:00:00+02:00'))
      .thenThrows('MEETING.NOT_SCHEDULED');
    given([...base, cancelled('m1')])
      .when(heldAgain)
      .thenThrows('MEETING.NOT_SCHEDULED');
  });

  it('answers not-found for an unknown meeting', () => {
    given(base).when(move('nope', '2026-03-06T10:00:00+02:00')).thenThrows(refusedAs('MEETING.NOT_FOUND', 'not-found'));
    given(base)
      .when({ type: 'RecordNoShow', data: { meetingId: 'nope' }, metadata: meta(OPENED_AT) })
      .thenThrows(refusedAs('MEETING.NOT_FOUND', 'not-found'));
  });

  it('refuses a duplicate meeting id, a start without an offset and an impossible duration', () => {
    given(base).when(schedule('m1', '2026-03-11T10:00:00+02:00')).thenThrows('MEETING.ALREADY_EXISTS');
    given(base).when(schedule('m2', '2026-03-11T10:00:00')).thenThrows(refusedAs('MEETING.INVALID_START', 'invalid'));
    given(base).when(schedule('m2', 'next tuesday')).thenThrows(refusedAs('MEETING.INVALID_START', 'invalid'));
    given(base)
      .when(schedule('m2', '2026-03-11T10:00:00Z', OPENED_AT, { durationMinutes: 0 }))
      .thenThrows(refusedAs('MEETING.INVALID_DURATION', 'invalid'));
    given(base)
      .when(schedule('m2', '2026-03-11T10:00:00Z', OPENED_AT, { durationMinutes: 30.5 }))
      .thenThrows(refusedAs('MEETING.INVALID_DURATION', 'invalid'));
  });

  it('refuses a start on a day that does not exist instead of rolling it over into the next month', () => {
    given(base).when(schedule('m2', '2027-02-30T10:00:00+02:00')).thenThrows(refusedAs('MEETING.INVALID_START', 'invalid'));
    given(base).when(schedule('m2', '2026-03-11T24:00:00+02:00')).thenThrows(refusedAs('MEETING.INVALID_START', 'invalid'));
    given(base).when(move('m1', '2026-02-29T10:00:00+02:00')).thenThrows(refusedAs('MEETING.INVALID_START', 'invalid'));
  });
});

describe('training referrals', () => {
  const referred: GuidanceProcessEvent = {
    type: 'TrainingReferralMade',
    data: { referralId: 'r1', licenceCode: 'hot-work-licence', provider: 'SPEK', referredAt: iso(COMPLETED_AT) },
  };
  const completion = (
    data: { passed: boolean; licenceIdentifier?: string; validUntil?: string },
    referralId = 'r1',
  ): GuidanceProcessCommand => ({
    type: 'RecordTrainingCompletion',
    data: { referralId, ...data },
    metadata: meta('2026-04-15T12:00:00Z'),
  });

  it('refers to a training for a catalogue licence', () => {
    given(inFollowUp)
      .when({
        type: 'ReferToTraining',
        data: { referralId: 'r1', licenceCode: 'hot-work-licence', provider: 'SPEK' },
        metadata: meta(COMPLETED_AT),
      })
      .then([referred]);
  });

  it('refuses a licence missing from the catalogue and a duplicate referral id', () => {
    given(inFollowUp)
      .when({
        type: 'ReferToTraining',
        data: { referralId: 'r1', licenceCode: 'driving-licence-c' },
        metadata: meta(COMPLETED_AT),
      })
      .thenThrows(refusedAs('CATALOGUE.UNKNOWN_LICENCE', 'invalid'));
    given([...inFollowUp, referred])
      .when({ type: 'ReferToTraining', data: { referralId: 'r1', licenceCode: 'first-aid-1' }, metadata: meta(COMPLETED_AT) })
      .thenThrows('REFERRAL.ALREADY_EXISTS');
  });

  it('records a passed training with the licence identifier and validity', () => {
    const passed = completion({ passed: true, licenceIdentifier: 'TT-123456', validUntil: '2031-04-15' });
    given([...inFollowUp, referred])
      .when(passed)
      .then([
        {
          type: 'TrainingCompleted',
          data: {
            referralId: 'r1',
            licenceCode: 'hot-work-licence',
            passed: true,
            licenceIdentifier: 'TT-123456',
            validUntil: '2031-04-15',
            completedAt: iso('2026-04-15T12:00:00Z'),
          },
        },
      ]);
    expect(stateAfter([...inFollowUp, referred], passed).referrals[0].completion).toEqual({
      passed: true,
      validUntil: '2031-04-15',
      completedAt: iso('2026-04-15T12:00:00Z'),
    });
  });

  it('records a training not passed, without a licence', () => {
    given([...inFollowUp, referred])
      .when(completion({ passed: false }))
      .then([
        {
          type: 'TrainingCompleted',
          data: { referralId: 'r1', licenceCode: 'hot-work-licence', passed: false, completedAt: iso('2026-04-15T12:00:00Z') },
        },
      ]);
    given([...inFollowUp, referred])
      .when(completion({ passed: false, licenceIdentifier: 'X' }))
      .thenThrows(refusedAs('REFERRAL.NO_LICENCE_WHEN_FAILED', 'invalid'));
  });

  it('refuses the completion of an unknown referral, and a second completion', () => {
    given(inFollowUp)
      .when(completion({ passed: false }, 'r9'))
      .thenThrows(refusedAs('REFERRAL.NOT_FOUND', 'not-found'));
    const done: GuidanceProcessEvent = {
      type: 'TrainingCompleted',
      data: { referralId: 'r1', licenceCode: 'hot-work-licence', passed: false, completedAt: iso('2026-04-14T12:00:00Z') },
    };
    given([...inFollowUp, referred, done])
      .when(completion({ passed: false }))
      .thenThrows('REFERRAL.ALREADY_COMPLETED');
  });

  it('refuses a passed training without identifier, and a validity date that is not a real future date', () => {
    const history = [...inFollowUp, referred];
    given(history)
      .when(completion({ passed: true }))
      .thenThrows(refusedAs('REFERRAL.LICENCE_IDENTIFIER_REQUIRED', 'invalid'));
    given(history)
      .when(completion({ passed: true, licenceIdentifier: 'X', validUntil: '2031-02-30' }))
      .thenThrows(refusedAs('REFERRAL.INVALID_VALID_UNTIL', 'invalid'));
    given(history)
      .when(completion({ passed: true, licenceIdentifier: 'X', validUntil: '2026-04-15' }))
      .thenThrows(refusedAs('REFERRAL.INVALID_VALID_UNTIL', 'invalid'));
  });

  it('marks the licence identifier as personal data', () => {
    expect(PERSONAL_FIELDS.TrainingCompleted).toEqual(['licenceIdentifier']);
  });
});

describe('closing the process', () => {
  const close = (now: string): GuidanceProcessCommand => ({
    type: 'CloseProcess',
    data: { reason: 'client-exited', note: 'found a job' },
    metadata: meta(now),
  });

  it('closes, cancelling the meetings still ahead and leaving past ones as they were', () => {
    const history = [...inFollowUp, followUp('f1', '2026-04-08T10:00:00+03:00'), followUp('f2', '2026-04-22T10:00:00+03:00')];
    given(history)
      .when(close('2026-04-15T12:00:00Z'))
      .then([
        {
          type: 'MeetingCancelled',
          data: { meetingId: 'f2', cancelledBy: 'system', reason: 'process closed', cancelledAt: iso('2026-04-15T12:00:00Z') },
        },
        { type: 'ProcessClosed', data: { reason: 'client-exited', note: 'found a job', closedAt: iso('2026-04-15T12:00:00Z') } },
      ]);
  });

  it('refuses every command on a closed process, but lets the overdue check pass quietly', () => {
    const closedHistory: GuidanceProcessEvent[] = [
      opened(),
      { type: 'ProcessClosed', data: { reason: 'transferred', closedAt: iso('2026-03-05T08:00:00Z') } },
    ];
    const state = fold(decider, closedHistory);
    expect(state).toMatchObject({ status: 'Closed', closeReason: 'transferred', closedAt: iso('2026-03-05T08:00:00Z') });
    given(closedHistory).when(schedule('m1', '2026-03-11T10:00:00+02:00')).thenThrows('PROCESS.CLOSED');
    given(closedHistory).when(close('2026-03-06T08:00:00Z')).thenThrows('PROCESS.CLOSED');
    given(closedHistory).when(complete('group-guidance')).thenThrows('PROCESS.CLOSED');
    given(closedHistory)
      .when({ type: 'ReferToTraining', data: { referralId: 'r1', licenceCode: 'first-aid-1' }, metadata: meta(OPENED_AT) })
      .thenThrows('PROCESS.CLOSED');
    given(closedHistory).when(checkOverdue('2026-06-01T00:00:00Z')).then([]);
  });
});
