import { fold } from '@career/event-sourcing';
import { guidanceProcessDecider } from '../../guidance-process/domain/guidance-process.decider';
import type { GuidanceProcessEvent } from '../../guidance-process/domain/guidance-process.events';
import { processReasons } from './process-reasons';
import { sessionReasons } from './session-reasons';

// Week 1 = ISO week 2026-W10 (Mon 2 March); overdue from Monday 6 April 2026 00:00 Helsinki (week 6).
const OPENED = '2026-03-02T08:00:00.000Z';
const opened: GuidanceProcessEvent = { type: 'ProcessOpened', data: { processId: 'p-1', clientId: 'c-1', advisorId: 'a-1', organisation: 'ORG', openedAt: OPENED } };
const meeting = (id: string, start: string): GuidanceProcessEvent => ({
  type: 'MeetingScheduled',
  data: { meetingId: id, advisorId: 'a-1', phase: 'initial-assessment', start, durationMinutes: 60, mode: 'in-person', extra: false, scheduledAt: OPENED },
});
const held = (id: string): GuidanceProcessEvent => ({ type: 'MeetingHeld', data: { meetingId: id, notes: '', recordedAt: OPENED } });

function processAfter(events: GuidanceProcessEvent[]) {
  const state = fold(guidanceProcessDecider, events);
  if (state.status === 'Empty') throw new Error('no process');
  return state;
}
const codes = (reasons: { code: string }[]) => reasons.map((r) => r.code);

describe('worklist: why a guidance process needs its advisor', () => {
  it('flags the initial assessment in its last week, then overdue, with the meetings held', () => {
    const process = processAfter([opened, meeting('m1', '2026-03-03T08:00:00.000Z'), held('m1')]);
    expect(processReasons(process, undefined, new Date('2026-03-28T10:00:00.000Z'), 14)).toEqual([
      { code: 'no-next-meeting', dueDate: '2026-03-03', text: 'No next meeting booked; the last one was on 2026-03-03.' },
    ]);
    const lastWeek = processReasons(process, undefined, new Date('2026-03-30T10:00:00.000Z'), 14);
    expect(lastWeek[0]).toEqual({ code: 'initial-assessment-last-week', dueDate: '2026-04-05', text: 'Initial assessment in its last week: complete it by 2026-04-05, 1 of the 3 meetings needed held.' });
    const overdue = processReasons(process, undefined, new Date('2026-04-06T08:00:00.000Z'), 14);
    expect(overdue[0]).toMatchObject({ code: 'initial-assessment-overdue', dueDate: '2026-04-06' });
  });

  it('says no meeting was booked since the opening when none ever was, and nothing about the next meeting when one is ahead', () => {
    expect(processReasons(processAfter([opened]), undefined, new Date('2026-03-04T10:00:00.000Z'), 14)).toEqual([
      { code: 'no-next-meeting', dueDate: '2026-03-02', text: 'No meeting booked since the process opened on 2026-03-02.' },
    ]);
    expect(processReasons(processAfter([opened, meeting('m1', '2026-03-05T08:00:00.000Z')]), undefined, new Date('2026-03-04T10:00:00.000Z'), 14)).toEqual([]);
  });

  it('follows the follow-up cadence: due within the days asked, missed once the date has passed', () => {
    const completed: GuidanceProcessEvent = {
      type: 'InitialAssessmentCompleted',
      data: { direction: 'individual-only', licenceCodes: [], rationale: '', meetingsHeld: 3, completedAt: '2026-03-20T10:00:00.000Z' },
    };
    const process = processAfter([opened, completed]); // next due 2026-04-03
    expect(codes(processReasons(process, undefined, new Date('2026-03-21T10:00:00.000Z'), 7))).toEqual(['no-next-meeting']);
    expect(processReasons(process, undefined, new Date('2026-03-21T10:00:00.000Z'), 14)[0]).toEqual({
      code: 'follow-up-due',
      dueDate: '2026-04-03',
      text: 'The next follow-up meeting is due by 2026-04-03.',
    });
    expect(processReasons(process, undefined, new Date('2026-04-04T10:00:00.000Z'), 14)[0]).toMatchObject({ code: 'follow-up-missed', dueDate: '2026-04-03' });
  });

  it('lists plan steps whose date has passed while the process is open, and none once it is closed', () => {
    const deadline = (dueDate: string) => ({ reason: 'plan-step-overdue' as const, dueDate, owner: 'client' as const });
    const facts = { deadlines: { 'step-1': deadline('2026-03-10'), 'step-2': deadline('2026-05-01') } };
    const open = processAfter([opened, meeting('m1', '2026-03-20T08:00:00.000Z')]);
    const reasons = processReasons(open, facts, new Date('2026-03-12T10:00:00.000Z'), 14);
    expect(reasons).toEqual([{ code: 'plan-step-overdue', dueDate: '2026-03-10', text: 'A career plan step (the client’s) was due on 2026-03-10 and is not done.' }]);
    const closed = processAfter([opened, { type: 'ProcessClosed', data: { closedAt: '2026-03-11T10:00:00.000Z', reason: 'transferred' } }]);
    expect(processReasons(closed, facts, new Date('2026-03-12T10:00:00.000Z'), 14)).toEqual([]);
  });

  it('after exit: the outcome missing 28 days on, the six-month follow-up from its window or within the days asked', () => {
    const exit = { exitDate: '2026-01-15' };
    expect(processReasons(undefined, exit, new Date('2026-02-11T10:00:00.000Z'), 14)).toEqual([]);
    expect(processReasons(undefined, exit, new Date('2026-02-12T10:00:00.000Z'), 14)).toEqual([
      { code: 'exit-outcome-missing', dueDate: '2026-02-12', text: 'The outcome at exit is not recorded: the client left on 2026-01-15, 28 days passed on 2026-02-12.' },
    ]);
    const recorded = { ...exit, outcomeRecordedAt: '2026-02-01T10:00:00.000Z' };
    expect(processReasons(undefined, recorded, new Date('2026-06-14T10:00:00.000Z'), 14)).toEqual([]);
    expect(processReasons(undefined, recorded, new Date('2026-06-15T10:00:00.000Z'), 14)).toEqual([
      { code: 'six-month-follow-up-due', dueDate: '2026-07-15', text: 'The six-month follow-up is due on 2026-07-15 (it can be recorded from 2026-06-15 to 2026-09-15).' },
    ]);
    expect(codes(processReasons(undefined, recorded, new Date('2026-06-01T10:00:00.000Z'), 60))).toEqual(['six-month-follow-up-due']);
    expect(processReasons(undefined, recorded, new Date('2026-09-16T10:00:00.000Z'), 14)).toEqual([]);
    expect(processReasons(undefined, { ...recorded, followUpRecordedAt: '2026-07-01T10:00:00.000Z' }, new Date('2026-07-02T10:00:00.000Z'), 14)).toEqual([]);
  });
});

describe('worklist: the coordinator’s group sessions', () => {
  const session = { title: 'Own strengths', start: '2026-05-12T10:00:00.000Z', capacity: 8, enrolled: 5, waiting: 0 };

  it('lists free places of a session starting within the days asked, and every waiting list ahead', () => {
    expect(sessionReasons(session, new Date('2026-04-20T10:00:00.000Z'), 14)).toEqual([]);
    expect(sessionReasons(session, new Date('2026-05-01T10:00:00.000Z'), 14)).toEqual([
      { code: 'session-free-places', dueDate: '2026-05-12', text: '"Own strengths" on 2026-05-12: 3 of 8 places free.' },
    ]);
    expect(sessionReasons({ ...session, enrolled: 8, waiting: 2 }, new Date('2026-04-01T10:00:00.000Z'), 14)).toEqual([
      { code: 'session-waiting-list', dueDate: '2026-05-12', text: '"Own strengths" on 2026-05-12: 2 waiting for a place.' },
    ]);
    expect(sessionReasons({ ...session, waiting: 2 }, new Date('2026-05-12T10:00:00.000Z'), 14)).toEqual([]);
  });
});
