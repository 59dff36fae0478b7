import { fold } from '@career/event-sourcing';
import { given as givenHistory } from '@career/testing';
import { refusalOf, refusedAs } from '../../test-support/refusals';
import type { GroupSessionCommand } from './group-session.commands';
import { groupSessionDecider as decider } from './group-session.decider';
import type { GroupSessionEvent } from './group-session.events';

const given = (events: GroupSessionEvent[]) => givenHistory(decider, events);

const refusal = (events: GroupSessionEvent[], command: GroupSessionCommand) => refusalOf(decider, events, command);

/** The state after the history and the events the command decides. */
function stateAfter(events: GroupSessionEvent[], command: GroupSessionCommand) {
  const history = fold(decider, events);
  const state = decider.decide(command, history).reduce(decider.evolve, history);
  if (state.status !== 'Scheduled') throw new Error('expected a scheduled session');
  return state;
}

const BEFORE = '2026-05-04T08:00:00.000Z';
const START = '2026-05-12T10:00:00.000Z'; // Tuesday 13:00 EEST
const AFTER = '2026-05-12T10:05:00.000Z';
const meta = (now: string) => ({ now: new Date(now) });

const sessionData = {
  sessionId: 's-1',
  organisation: 'KEHA-01',
  title: 'Own skills, own strengths',
  topic: 'skills identification',
  start: '2026-05-12T13:00:00+03:00',
  durationMinutes: 120,
  place: 'Employment office, room 2',
  capacity: 2,
  coordinatorId: 'co-1',
};

const sessionScheduled = (capacity = 2): GroupSessionEvent => ({
  type: 'GroupSessionScheduled',
  data: { ...sessionData, capacity, start: START, scheduledAt: BEFORE },
});
const enrolled = (clientId: string, fromWaitingList = false, at = BEFORE): GroupSessionEvent => ({
  type: 'ParticipantEnrolled',
  data: { clientId, fromWaitingList, enrolledAt: at },
});
const waitlisted = (clientId: string, position: number): GroupSessionEvent => ({
  type: 'ParticipantWaitlisted',
  data: { clientId, position, waitlistedAt: BEFORE },
});

const enrol = (clientId: string, waitlistIfFull = true, now = BEFORE): GroupSessionCommand => ({
  type: 'EnrolParticipant',
  data: { clientId, waitlistIfFull },
  metadata: meta(now),
});
const withdraw = (clientId: string, now = BEFORE): GroupSessionCommand => ({
  type: 'WithdrawParticipant',
  data: { clientId, withdrawnBy: 'client' },
  metadata: meta(now),
});
const attendance = (now: string, ...rows: [string, boolean][]): GroupSessionCommand => ({
  type: 'RecordAttendance',
  data: { attendance: rows.map(([clientId, attended]) => ({ clientId, attended })) },
  metadata: meta(now),
});

const full = [sessionScheduled(), enrolled('c1'), enrolled('c2')];

describe('group session: scheduling', () => {
  it('schedules a session, normalising the start to UTC', () => {
    given([])
      .when({ type: 'ScheduleGroupSession', data: sessionData, metadata: meta(BEFORE) })
      .then([sessionScheduled()]);
  });

  it('refuses a second schedule, a capacity under 1 or not whole, and a start without offset or on no real day', () => {
    given([sessionScheduled()])
      .when({ type: 'ScheduleGroupSession', data: sessionData, metadata: meta(BEFORE) })
      .thenThrows('SESSION.ALREADY_SCHEDULED');
    for (const capacity of [0, -1, 1.5]) {
      given([])
        .when({ type: 'ScheduleGroupSession', data: { ...sessionData, capacity }, metadata: meta(BEFORE) })
        .thenThrows(refusedAs('SESSION.INVALID_CAPACITY', 'invalid'));
    }
    given([])
      .when({ type: 'ScheduleGroupSession', data: { ...sessionData, start: '2026-05-12T13:00' }, metadata: meta(BEFORE) })
      .thenThrows(refusedAs('SESSION.INVALID_START', 'invalid'));
    given([])
      .when({ type: 'ScheduleGroupSession', data: { ...sessionData, start: '2027-02-30T13:00:00+02:00' }, metadata: meta(BEFORE) })
      .thenThrows(refusedAs('SESSION.INVALID_START', 'invalid'));
    given([])
      .when({ type: 'ScheduleGroupSession', data: { ...sessionData, durationMinutes: 0 }, metadata: meta(BEFORE) })
      .thenThrows(refusedAs('SESSION.INVALID_DURATION', 'invalid'));
  });

  it('accepts a capacity of one', () => {
    given([])
      .when({ type: 'ScheduleGroupSession', data: { ...sessionData, capacity: 1 }, metadata: meta(BEFORE) })
      .then([sessionScheduled(1)]);
  });

  it('answers not-found for commands on a session never scheduled', () => {
    given([]).when(enrol('c1')).thenThrows(refusedAs('SESSION.NOT_FOUND', 'not-found'));
  });
});

describe('group session: enrolment and the waiting list', () => {
  it('enrols while there are seats', () => {
    given([sessionScheduled(), enrolled('c1')])
      .when(enrol('c2'))
      .then([enrolled('c2')]);
  });

  it('puts the client on the waiting list when full and waitlistIfFull is true, in order', () => {
    given(full)
      .when(enrol('c3'))
      .then([waitlisted('c3', 1)]);
    given([...full, waitlisted('c3', 1)])
      .when(enrol('c4'))
      .then([waitlisted('c4', 2)]);
  });

  it('refuses with SESSION.FULL when full and waitlistIfFull is false', () => {
    given([...full, waitlisted('c3', 1)])
      .when(enrol('c4', false))
      .thenThrows('SESSION.FULL');
    expect(refusal([...full, waitlisted('c3', 1)], enrol('c4', false)).details).toEqual({ capacity: 2, waiting: 1 });
  });

  it('refuses double enrolment, on the roster or on the waiting list', () => {
    given(full).when(enrol('c1')).thenThrows('SESSION.ALREADY_ENROLLED');
    expect(refusal(full, enrol('c1')).details).toEqual({ clientId: 'c1', on: 'roster' });
    given([...full, waitlisted('c3', 1)])
      .when(enrol('c3'))
      .thenThrows('SESSION.ALREADY_ENROLLED');
    expect(refusal([...full, waitlisted('c3', 1)], enrol('c3')).details).toEqual({
      clientId: 'c3',
      on: 'waiting-list',
    });
  });

  it('advances the first on the waiting list in the same decision when an enrolled client withdraws', () => {
    const history = [...full, waitlisted('c3', 1), waitlisted('c4', 2)];
    given(history)
      .when(withdraw('c1'))
      .then([
        { type: 'ParticipantWithdrawn', data: { clientId: 'c1', from: 'roster', withdrawnBy: 'client', withdrawnAt: BEFORE } },
        enrolled('c3', true),
      ]);
    expect(stateAfter(history, withdraw('c1'))).toMatchObject({ roster: ['c2', 'c3'], waitingList: ['c4'] });
  });

  it('advances nobody when someone leaves the waiting list, or when the queue is empty', () => {
    given([...full, waitlisted('c3', 1), waitlisted('c4', 2)])
      .when(withdraw('c3'))
      .then([
        {
          type: 'ParticipantWithdrawn',
          data: { clientId: 'c3', from: 'waiting-list', withdrawnBy: 'client', withdrawnAt: BEFORE },
        },
      ]);
    given(full)
      .when(withdraw('c2'))
      .then([
        { type: 'ParticipantWithdrawn', data: { clientId: 'c2', from: 'roster', withdrawnBy: 'client', withdrawnAt: BEFORE } },
      ]);
  });

  it('lets a withdrawn client enrol again', () => {
    const history: GroupSessionEvent[] = [
      ...full,
      { type: 'ParticipantWithdrawn', data: { clientId: 'c1', from: 'roster', withdrawnBy: 'client', withdrawnAt: BEFORE } },
    ];
    given(history)
      .when(enrol('c1'))
      .then([enrolled('c1')]);
  });

  it('answers not-found when withdrawing a client who is not enrolled', () => {
    given(full).when(withdraw('c9')).thenThrows(refusedAs('SESSION.PARTICIPANT_NOT_FOUND', 'not-found'));
  });

  it('settles the roster at the start time: no enrolment or withdrawal once started', () => {
    given([sessionScheduled()])
      .when(enrol('c1', true, START))
      .thenThrows('SESSION.ALREADY_STARTED');
    given(full).when(withdraw('c1', AFTER)).thenThrows('SESSION.ALREADY_STARTED');
    given([sessionScheduled()])
      .when(enrol('c1', true, '2026-05-12T09:59:59.999Z'))
      .then([enrolled('c1', false, '2026-05-12T09:59:59.999Z')]);
  });
});

describe('group session: attendance', () => {
  it('records attendance of enrolled clients after the start time', () => {
    const command = attendance(AFTER, ['c1', true], ['c2', false]);
    given(full)
      .when(command)
      .then([
        { type: 'AttendanceRecorded', data: { clientId: 'c1', attended: true, recordedAt: AFTER } },
        { type: 'AttendanceRecorded', data: { clientId: 'c2', attended: false, recordedAt: AFTER } },
      ]);
    expect(stateAfter(full, command).attendance).toEqual({ c1: true, c2: false });
  });

  it('refuses attendance before the start time (compared with the command’s now)', () => {
    given(full)
      .when(attendance('2026-05-12T09:59:59Z', ['c1', true]))
      .thenThrows('SESSION.NOT_STARTED');
  });

  it('refuses attendance for clients not on the roster, waiting list included', () => {
    const history = [...full, waitlisted('c3', 1)];
    const command = attendance(AFTER, ['c1', true], ['c3', true], ['c9', true]);
    given(history).when(command).thenThrows('SESSION.NOT_ENROLLED');
    expect(refusal(history, command).details).toEqual({ clientIds: ['c3', 'c9'] });
  });

  it('refuses an empty list or a client listed twice', () => {
    given(full).when(attendance(AFTER)).thenThrows(refusedAs('SESSION.INVALID_ATTENDANCE', 'invalid'));
    given(full)
      .when(attendance(AFTER, ['c1', true], ['c1', false]))
      .thenThrows(refusedAs('SESSION.INVALID_ATTENDANCE', 'invalid'));
  });

  it('lets a later record correct an earlier one', () => {
    const history: GroupSessionEvent[] = [
      ...full,
      { type: 'AttendanceRecorded', data: { clientId: 'c1', attended: false, recordedAt: AFTER } },
    ];
    expect(stateAfter(history, attendance('2026-05-12T13:00:00Z', ['c1', true])).attendance).toEqual({ c1: true });
  });
});
