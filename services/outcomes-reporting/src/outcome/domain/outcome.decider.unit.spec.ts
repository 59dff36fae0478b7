import { DomainError } from '@career/event-sourcing';
import { given as givenHistory } from '@career/testing';
import type { OutcomeCommand, RecordExitOutcome } from './outcome.commands';
import { outcomeDecider as decider } from './outcome.decider';
import type { OutcomeEvent, OutcomeStatus } from './outcome.events';

const given = (events: OutcomeEvent[]) => givenHistory(decider, events);
const refusedAs = (code: string, kind: DomainError['kind'], field?: string) => (error: DomainError) =>
  error.code === code && error.kind === kind && (field === undefined || error.details.field === field);

/** 12:00 in Helsinki on 2026-09-15. */
const NOW = '2026-09-15T09:00:00.000Z';
const meta = (now = NOW) => ({ now: new Date(now) });
const EXIT = '2026-03-10';

const jobSearching: OutcomeStatus = { status: 'job-searching' };
const employed: OutcomeStatus = { status: 'employed', workingTime: 'part-time', contract: 'fixed-term', startDate: '2026-03-02' };

const recordExit = (data: Partial<RecordExitOutcome['data']> = {}, now = NOW): OutcomeCommand => ({
  type: 'RecordExitOutcome',
  data: { processId: 'p-1', clientId: 'c-1', organisation: 'KEHA-01', exitDate: EXIT, outcome: jobSearching, source: 'client', ...data },
  metadata: meta(now),
});

const exitRecorded = (overrides: Partial<Extract<OutcomeEvent, { type: 'ExitOutcomeRecorded' }>['data']> = {}): OutcomeEvent => ({
  type: 'ExitOutcomeRecorded',
  data: { processId: 'p-1', clientId: 'c-1', organisation: 'KEHA-01', exitDate: EXIT, outcome: jobSearching, source: 'client', recordedAt: '2026-03-10T12:00:00.000Z', ...overrides },
});

const followUpRecorded = (followUpDate = '2026-09-10', outcome: OutcomeStatus = employed): OutcomeEvent => ({
  type: 'FollowUpOutcomeRecorded',
  data: { followUpDate, outcome, source: 'register', improvements: [], recordedAt: '2026-09-10T10:00:00.000Z' },
});

const recordFollowUp = (followUpDate: string, outcome: OutcomeStatus = employed, extra: object = {}, now = NOW): OutcomeCommand => ({
  type: 'RecordFollowUpOutcome',
  data: { followUpDate, outcome, source: 'register', ...extra },
  metadata: meta(now),
});

describe('outcome decider: exit outcome', () => {
  it('records the exit outcome with the time it was recorded', () => {
    given([])
      .when(recordExit({ outcome: employed, gainedQualification: { kind: 'licence', code: 'forklift' } }))
      .then([
        {
          type: 'ExitOutcomeRecorded',
          data: {
            processId: 'p-1', clientId: 'c-1', organisation: 'KEHA-01', exitDate: EXIT, outcome: employed, source: 'client',
            gainedQualification: { kind: 'licence', code: 'forklift' }, recordedAt: NOW,
          },
        },
      ]);
  });

  it('accepts each status with its details', () => {
    const statuses: OutcomeStatus[] = [
      { status: 'self-employed', businessId: '0112038-9', startDate: '2026-03-01' },
      { status: 'self-employed' },
      { status: 'studying', institutionType: 'university-of-applied-sciences', iscedLevel: 6, startDate: '2026-08-20' },
      { status: 'in-training' },
      { status: 'inactive' },
      { status: 'other' },
      { status: 'employed', workingTime: 'full-time', contract: 'permanent', startDate: '2026-04-01' },
    ];
    for (const outcome of statuses) {
      expect(decider.decide(recordExit({ outcome }) as Extract<OutcomeCommand, { type: 'RecordExitOutcome' }>, { status: 'Empty' })[0].data).toMatchObject({ outcome });
    }
  });

  it('refuses a second exit outcome: corrections are separate events', () => {
    given([exitRecorded()]).when(recordExit()).thenThrows(refusedAs('OUTCOME.EXIT_ALREADY_RECORDED', 'conflict'));
  });

  it('refuses an exit date after today in Finland, but takes today even before UTC midnight', () => {
    given([]).when(recordExit({ exitDate: '2026-09-16' })).thenThrows(refusedAs('OUTCOME.DATE_IN_FUTURE', 'invalid'));
    // 22:30 UTC on 15 September is already 16 September in Helsinki.
    given([]).when(recordExit({ exitDate: '2026-09-16' }, '2026-09-15T22:30:00.000Z')).then([
      { type: 'ExitOutcomeRecorded', data: expect.objectContaining({ exitDate: '2026-09-16' }) as never },
    ]);
  });

  it.each([
    ['an impossible date', { exitDate: '2026-02-30' }, 'exitDate'],
    ['an unknown status', { outcome: { status: 'retired' } as unknown as OutcomeStatus }, 'outcome.status'],
    ['employment without a start date', { outcome: { status: 'employed', workingTime: 'full-time', contract: 'permanent' } as unknown as OutcomeStatus }, 'outcome.startDate'],
    ['employment with an unknown working time', { outcome: { ...employed, workingTime: 'some' } as unknown as OutcomeStatus }, 'outcome.workingTime'],
    ['a business ID with a wrong check digit', { outcome: { status: 'self-employed', businessId: '0112038-8' } as OutcomeStatus }, 'outcome.businessId'],
    ['a business ID in the wrong format', { outcome: { status: 'self-employed', businessId: '112038-9' } as OutcomeStatus }, 'outcome.businessId'],
    ['studies at ISCED level 9', { outcome: { status: 'studying', institutionType: 'university', iscedLevel: 9 } as unknown as OutcomeStatus }, 'outcome.iscedLevel'],
    ['an unknown source', { source: 'neighbour' as never }, 'source'],
    ['a qualification code that is free text', { gainedQualification: { kind: 'licence' as const, code: 'forklift licence for Matti' } }, 'gainedQualification.code'],
    ['an empty process id', { processId: '' }, 'processId'],
  ])('refuses %s', (_label, data, field) => {
    given([]).when(recordExit(data)).thenThrows(refusedAs('OUTCOME.INVALID_FIELD', 'invalid', field));
  });

  it('corrects the exit outcome with a new event, and repeating the same correction changes nothing', () => {
    const correct: OutcomeCommand = {
      type: 'CorrectExitOutcome',
      data: { exitDate: EXIT, outcome: employed, source: 'employer', reason: 'new-information' },
      metadata: meta(),
    };
    given([exitRecorded()]).when(correct).then([
      { type: 'ExitOutcomeCorrected', data: { exitDate: EXIT, outcome: employed, source: 'employer', reason: 'new-information', recordedAt: NOW } },
    ]);
    given([exitRecorded(), { type: 'ExitOutcomeCorrected', data: { exitDate: EXIT, outcome: employed, source: 'employer', reason: 'new-information', recordedAt: NOW } }])
      .when(correct)
      .then([]);
  });

  it('refuses a correction without an exit outcome, or with an unknown reason', () => {
    const correct = (reason: string): OutcomeCommand => ({
      type: 'CorrectExitOutcome',
      data: { exitDate: EXIT, outcome: employed, source: 'client', reason: reason as never },
      metadata: meta(),
    });
    given([]).when(correct('entry-error')).thenThrows(refusedAs('OUTCOME.EXIT_NOT_RECORDED', 'conflict'));
    given([exitRecorded()]).when(correct('because')).thenThrows(refusedAs('OUTCOME.INVALID_FIELD', 'invalid', 'reason'));
  });

  it('refuses an exit-date correction that would put the recorded follow-up outside its window', () => {
    given([exitRecorded(), followUpRecorded('2026-09-10')])
      .when({ type: 'CorrectExitOutcome', data: { exitDate: '2026-01-05', outcome: jobSearching, source: 'client', reason: 'entry-error' }, metadata: meta() })
      .thenThrows(refusedAs('OUTCOME.FOLLOW_UP_OUTSIDE_WINDOW', 'conflict'));
  });
});

describe('outcome decider: six-month follow-up', () => {
  it('needs the exit outcome first', () => {
    given([]).when(recordFollowUp('2026-09-10')).thenThrows(refusedAs('OUTCOME.EXIT_NOT_RECORDED', 'conflict'));
  });

  it('is accepted from 5 to 8 months after the exit (both ends included)', () => {
    // exit 2026-03-10: window 2026-08-10 .. 2026-11-10
    given([exitRecorded()]).when(recordFollowUp('2026-08-10')).then([
      { type: 'FollowUpOutcomeRecorded', data: { followUpDate: '2026-08-10', outcome: employed, source: 'register', improvements: [], recordedAt: NOW } },
    ]);
    given([exitRecorded()])
      .when(recordFollowUp('2026-11-10', employed, {}, '2026-12-01T10:00:00Z'))
      .then([
        {
          type: 'FollowUpOutcomeRecorded',
          data: { followUpDate: '2026-11-10', outcome: employed, source: 'register', improvements: [], recordedAt: '2026-12-01T10:00:00.000Z' },
        },
      ]);
  });

  it('is refused one day before 5 months and one day after 8 months', () => {
    given([exitRecorded()]).when(recordFollowUp('2026-08-09')).thenThrows((e) =>
      refusedAs('OUTCOME.FOLLOW_UP_OUTSIDE_WINDOW', 'conflict')(e) && e.details.earliest === '2026-08-10' && e.details.latest === '2026-11-10',
    );
    given([exitRecorded()])
      .when(recordFollowUp('2026-11-11', employed, {}, '2026-12-01T10:00:00Z'))
      .thenThrows(refusedAs('OUTCOME.FOLLOW_UP_OUTSIDE_WINDOW', 'conflict'));
  });

  it('counts months on the calendar, clamped at month end (exit 31 August -> window from 31 January)', () => {
    given([exitRecorded({ exitDate: '2025-08-31' })])
      .when(recordFollowUp('2026-01-31', { status: 'inactive' }, {}, NOW))
      .then([{ type: 'FollowUpOutcomeRecorded', data: { followUpDate: '2026-01-31', outcome: { status: 'inactive' }, source: 'register', improvements: [], recordedAt: NOW } }]);
    given([exitRecorded({ exitDate: '2025-08-31' })])
      .when(recordFollowUp('2026-01-30', { status: 'inactive' }))
      .thenThrows(refusedAs('OUTCOME.FOLLOW_UP_OUTSIDE_WINDOW', 'conflict'));
    // 2025-09-30 + 5 months = 2026-02-28 (February has no 30th).
    given([exitRecorded({ exitDate: '2025-09-30' })])
      .when(recordFollowUp('2026-02-28', { status: 'inactive' }))
      .then([{ type: 'FollowUpOutcomeRecorded', data: { followUpDate: '2026-02-28', outcome: { status: 'inactive' }, source: 'register', improvements: [], recordedAt: NOW } }]);
  });

  it('refuses a follow-up dated in the future', () => {
    given([exitRecorded()]).when(recordFollowUp('2026-09-20')).thenThrows(refusedAs('OUTCOME.DATE_IN_FUTURE', 'invalid'));
  });

  it('refuses a status that starts after the follow-up date', () => {
    given([exitRecorded()])
      .when(recordFollowUp('2026-09-10', { ...employed, startDate: '2026-09-12' } as OutcomeStatus))
      .thenThrows(refusedAs('OUTCOME.START_AFTER_FOLLOW_UP', 'invalid'));
  });

  it('records an improved labour-market situation only with work', () => {
    given([exitRecorded()])
      .when(recordFollowUp('2026-09-10', employed, { improvements: ['precarious-to-stable', 'promotion'] }))
      .then([
        {
          type: 'FollowUpOutcomeRecorded',
          data: { followUpDate: '2026-09-10', outcome: employed, source: 'register', improvements: ['precarious-to-stable', 'promotion'], recordedAt: NOW },
        },
      ]);
    given([exitRecorded()])
      .when(recordFollowUp('2026-09-10', jobSearching, { improvements: ['promotion'] }))
      .thenThrows(refusedAs('OUTCOME.INVALID_FIELD', 'invalid', 'improvements'));
  });

  it('refuses a second follow-up, and corrects the first with a new event', () => {
    given([exitRecorded(), followUpRecorded()]).when(recordFollowUp('2026-09-11')).thenThrows(refusedAs('OUTCOME.FOLLOW_UP_ALREADY_RECORDED', 'conflict'));
    given([exitRecorded(), followUpRecorded()])
      .when({ type: 'CorrectFollowUpOutcome', data: { followUpDate: '2026-09-10', outcome: jobSearching, source: 'client', reason: 'register-check' }, metadata: meta() })
      .then([
        {
          type: 'FollowUpOutcomeCorrected',
          data: { followUpDate: '2026-09-10', outcome: jobSearching, source: 'client', improvements: [], reason: 'register-check', recordedAt: NOW },
        },
      ]);
  });

  it('refuses to correct a follow-up that was never recorded', () => {
    given([exitRecorded()])
      .when({ type: 'CorrectFollowUpOutcome', data: { followUpDate: '2026-09-10', outcome: jobSearching, source: 'client', reason: 'entry-error' }, metadata: meta() })
      .thenThrows(refusedAs('OUTCOME.FOLLOW_UP_NOT_RECORDED', 'conflict'));
  });
});

describe('outcome decider: status changes after leaving', () => {
  const change = (changeId: string, date: string, outcome: OutcomeStatus = employed): OutcomeCommand => ({
    type: 'RecordStatusChange',
    data: { changeId, date, outcome, source: 'client' },
    metadata: meta(),
  });
  const changeRecorded: OutcomeEvent = {
    type: 'StatusChangeRecorded',
    data: { changeId: 'ch-1', date: '2026-04-06', outcome: employed, source: 'client', recordedAt: NOW },
  };

  it('records a change dated on or after the exit, once per id', () => {
    given([exitRecorded()]).when(change('ch-1', '2026-04-06')).then([changeRecorded]);
    given([exitRecorded(), changeRecorded]).when(change('ch-1', '2026-04-06')).then([]);
    given([exitRecorded(), changeRecorded]).when(change('ch-1', '2026-04-07')).thenThrows(refusedAs('OUTCOME.CHANGE_ID_TAKEN', 'conflict'));
  });

  it('refuses a change before the exit (that is a correction of the exit outcome)', () => {
    given([exitRecorded()]).when(change('ch-1', '2026-03-09')).thenThrows(refusedAs('OUTCOME.CHANGE_BEFORE_EXIT', 'conflict'));
  });

  it('withdraws a change once; unknown ids are not found', () => {
    const withdraw = (changeId: string): OutcomeCommand => ({ type: 'WithdrawStatusChange', data: { changeId, reason: 'entry-error' }, metadata: meta() });
    const withdrawn: OutcomeEvent = { type: 'StatusChangeWithdrawn', data: { changeId: 'ch-1', reason: 'entry-error', recordedAt: NOW } };
    given([exitRecorded(), changeRecorded]).when(withdraw('ch-1')).then([withdrawn]);
    given([exitRecorded(), changeRecorded, withdrawn]).when(withdraw('ch-1')).then([]);
    given([exitRecorded()]).when(withdraw('ch-9')).thenThrows(refusedAs('OUTCOME.UNKNOWN_CHANGE', 'not-found'));
  });

  it('refuses an exit-date correction that would leave a change before the exit', () => {
    given([exitRecorded(), changeRecorded])
      .when({ type: 'CorrectExitOutcome', data: { exitDate: '2026-04-10', outcome: jobSearching, source: 'client', reason: 'entry-error' }, metadata: meta() })
      .thenThrows(refusedAs('OUTCOME.CHANGE_BEFORE_EXIT', 'conflict'));
  });
});

describe('outcome decider: learning outcomes', () => {
  const outcomes = { learnedToIdentifySkills: true, drewUpSkillsCv: true, wroteJobApplication: false, improvedSelfKnowledge: true, improvedConfidence: false };
  const confirm = (data = outcomes): OutcomeCommand => ({ type: 'ConfirmLearningOutcomes', data, metadata: meta() });

  it('are confirmed by the advisor after the exit outcome; the same confirmation again changes nothing', () => {
    given([]).when(confirm()).thenThrows(refusedAs('OUTCOME.EXIT_NOT_RECORDED', 'conflict'));
    const confirmed: OutcomeEvent = { type: 'LearningOutcomesConfirmed', data: { ...outcomes, confirmedAt: NOW } };
    given([exitRecorded()]).when(confirm()).then([confirmed]);
    given([exitRecorded(), confirmed]).when(confirm()).then([]);
    given([exitRecorded(), confirmed])
      .when(confirm({ ...outcomes, wroteJobApplication: true }))
      .then([{ type: 'LearningOutcomesConfirmed', data: { ...outcomes, wroteJobApplication: true, confirmedAt: NOW } }]);
  });

  it('must all be true or false', () => {
    given([exitRecorded()])
      .when(confirm({ ...outcomes, improvedConfidence: 'yes' as unknown as boolean }))
      .thenThrows(refusedAs('OUTCOME.INVALID_FIELD', 'invalid', 'improvedConfidence'));
  });
});
