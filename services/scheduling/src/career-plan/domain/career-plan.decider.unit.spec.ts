import { fold } from '@career/event-sourcing';
import { given as givenHistory } from '@career/testing';
import { refusalOf, refusedAs } from '../../test-support/refusals';
import { agreedVersionOf } from './agreed-version';
import type { CareerPlanCommand } from './career-plan.commands';
import { careerPlanDecider as decider } from './career-plan.decider';
import { PERSONAL_FIELDS, type CareerPlanEvent, type CareerStepAdded } from './career-plan.events';

const given = (events: CareerPlanEvent[]) => givenHistory(decider, events);
const meta = (now = NOW) => ({ now: new Date(now) });

/** Tuesday 3 March 2026, 10:00 in Helsinki: the process (and the plan) began that day. */
const OPENED_AT = '2026-03-03T08:00:00.000Z';
const NOW = '2026-03-10T09:00:00.000Z';
const GOAL = 'goal-1';
const STEP = 'step-1';
const FORKLIFT_OPERATOR = 'http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755';

// ---- history builders -----------------------------------------------------------------

const started: CareerPlanEvent = {
  type: 'CareerPlanStarted',
  data: { planId: 'p-1', processId: 'p-1', clientId: 'c-1', organisation: 'KEHA-01', startedOn: '2026-03-03', startedAt: OPENED_AT },
};
const goalSet = (goalId = GOAL, version = 1, kind: 'employment' | 'study' = 'employment'): CareerPlanEvent => ({
  type: 'CareerGoalSet',
  data: { goalId, kind, what: { label: 'Trukinkuljettaja', escoUri: FORKLIFT_OPERATOR }, targetDate: '2026-09-30', version, setAt: NOW },
});
const stepAdded = (stepId = STEP, extra: Partial<CareerStepAdded['data']> = {}): CareerPlanEvent => ({
  type: 'CareerStepAdded',
  data: { stepId, goalId: GOAL, title: 'Hae trukkikorttikoulutukseen', owner: 'client', dueDate: '2026-04-15', addedBy: 'advisor', version: 1, addedAt: NOW, ...extra },
});
const confirmed = (by: 'client' | 'advisor', version = 1): CareerPlanEvent => ({ type: 'CareerPlanVersionConfirmed', data: { version, by, confirmedAt: NOW } });
const agreed = (version = 1): CareerPlanEvent => ({ type: 'CareerPlanAgreed', data: { version, goalKinds: ['employment'], agreedAt: NOW } });
const closed: CareerPlanEvent = { type: 'CareerPlanClosed', data: { closedAt: NOW } };

/** A plan with one goal and one client step, agreed as version 1. */
const agreedPlan = [started, goalSet(), stepAdded(), confirmed('advisor'), confirmed('client'), agreed()];

// ---- commands --------------------------------------------------------------------------

const setGoal = (data: Partial<Extract<CareerPlanCommand, { type: 'SetGoal' }>['data']> = {}): CareerPlanCommand => ({
  type: 'SetGoal',
  data: { goalId: GOAL, kind: 'employment', what: { label: 'Trukinkuljettaja', escoUri: FORKLIFT_OPERATOR }, targetDate: '2026-09-30', ...data },
  metadata: meta(),
});
const addStep = (data: Partial<Extract<CareerPlanCommand, { type: 'AddStep' }>['data']> = {}): CareerPlanCommand => ({
  type: 'AddStep',
  data: { stepId: STEP, goalId: GOAL, title: 'Hae trukkikorttikoulutukseen', owner: 'client', dueDate: '2026-04-15', by: 'advisor', ...data },
  metadata: meta(),
});
const confirm = (by: 'client' | 'advisor', version = 1): CareerPlanCommand => ({ type: 'ConfirmVersion', data: { version, by }, metadata: meta() });
const complete = (by: 'client' | 'advisor', stepId = STEP): CareerPlanCommand => ({ type: 'CompleteStep', data: { stepId, by }, metadata: meta() });

function stateAfter(events: CareerPlanEvent[]) {
  const state = fold(decider, events);
  if (state.status === 'Empty') throw new Error('expected a started plan');
  return state;
}

describe('career plan decider', () => {
  describe('starting and closing with the process', () => {
    const open: CareerPlanCommand = {
      type: 'OpenPlan',
      data: { planId: 'p-1', processId: 'p-1', clientId: 'c-1', organisation: 'KEHA-01', openedAt: OPENED_AT },
      metadata: meta(OPENED_AT),
    };

    it('starts on the Helsinki day the process opened', () => {
      given([]).when(open).then([started]);
      // 23:30 UTC on 2 March is already 3 March in Helsinki.
      const lateEvening = { ...open, data: { ...open.data, openedAt: '2026-03-02T23:30:00.000Z' } };
      given([]).when(lateEvening).then([{ ...started, data: { ...started.data, startedAt: '2026-03-02T23:30:00.000Z' } }]);
    });

    it('starts once, however often the process opening is seen', () => {
      given([started]).when(open).then([]);
    });

    it('closes once, and refuses every change after that', () => {
      const close: CareerPlanCommand = { type: 'ClosePlan', data: {}, metadata: meta() };
      given([started, goalSet()]).when(close).then([closed]);
      given([started, closed]).when(close).then([]);
      given([]).when(close).thenThrows('PLAN.NOT_FOUND');
      for (const command of [setGoal({ goalId: 'goal-2' }), addStep({ stepId: 'step-2' }), confirm('client'), complete('client')]) {
        given([...agreedPlan, closed]).when(command).thenThrows(refusedAs('PLAN.CLOSED', 'conflict'));
      }
    });

    it('refuses any command on a plan that never started', () => {
      given([]).when(setGoal()).thenThrows(refusedAs('PLAN.NOT_FOUND', 'not-found'));
    });
  });

  describe('goals', () => {
    it('sets a goal with its kind, what it aims at and a target date, in draft version 1', () => {
      given([started]).when(setGoal()).then([goalSet()]);
    });

    it('refuses a target date before the plan began (409) and one that is no date (400)', () => {
      given([started]).when(setGoal({ targetDate: '2026-03-02' })).thenThrows(refusedAs('PLAN.DATE_BEFORE_START', 'conflict'));
      given([started]).when(setGoal({ targetDate: '2026-02-30' })).thenThrows(refusedAs('PLAN.INVALID_DATE', 'invalid'));
      // The day the plan began is fine.
      given([started]).when(setGoal({ targetDate: '2026-03-03' })).then([{ ...goalSet(), data: { ...goalSet().data, targetDate: '2026-03-03' } as never }]);
    });

    it('refuses a blank what, an ESCO URI that is no occupation, and a goal id twice', () => {
      given([started]).when(setGoal({ what: { label: '  ' } })).thenThrows(refusedAs('PLAN.TEXT_REQUIRED', 'invalid'));
      given([started]).when(setGoal({ what: { label: 'x', escoUri: 'http://data.europa.eu/esco/skill/S1' } })).thenThrows('PLAN.INVALID_ESCO_URI');
      given([started, goalSet()]).when(setGoal()).thenThrows('PLAN.GOAL_EXISTS');
    });

    it('revises the fields given and keeps the rest; an unchanged revision records nothing', () => {
      const revise: CareerPlanCommand = { type: 'ReviseGoal', data: { goalId: GOAL, targetDate: '2026-12-31' }, metadata: meta() };
      given([started, goalSet()])
        .when(revise)
        .then([
          {
            type: 'CareerGoalRevised',
            data: { goalId: GOAL, kind: 'employment', what: { label: 'Trukinkuljettaja', escoUri: FORKLIFT_OPERATOR }, targetDate: '2026-12-31', version: 1, revisedAt: NOW },
          },
        ]);
      given([started, goalSet()]).when({ ...revise, data: { goalId: GOAL, targetDate: '2026-09-30' } }).then([]);
      given([started]).when(revise).thenThrows(refusedAs('PLAN.GOAL_NOT_FOUND', 'not-found'));
    });

    it('achieves a goal once; an achieved goal takes no more steps', () => {
      const achieve: CareerPlanCommand = { type: 'AchieveGoal', data: { goalId: GOAL }, metadata: meta() };
      const achieved: CareerPlanEvent = { type: 'CareerGoalAchieved', data: { goalId: GOAL, kind: 'employment', targetDate: '2026-09-30', version: 1, achievedAt: NOW } };
      given([started, goalSet()]).when(achieve).then([achieved]);
      given([started, goalSet(), achieved]).when(achieve).thenThrows(refusedAs('PLAN.GOAL_NOT_ACTIVE', 'conflict'));
      given([started, goalSet(), achieved]).when(addStep()).thenThrows('PLAN.GOAL_NOT_ACTIVE');
    });

    it('drops a goal with a reason, dropping its open steps with it', () => {
      const drop: CareerPlanCommand = { type: 'DropGoal', data: { goalId: GOAL, reason: 'Terveydellinen syy' }, metadata: meta() };
      const done: CareerPlanEvent = { type: 'CareerStepDone', data: { stepId: 'step-2', goalId: GOAL, owner: 'client', dueDate: '2026-04-15', doneBy: 'client', version: 1, doneAt: NOW } };
      given([started, goalSet(), stepAdded(), stepAdded('step-2'), done])
        .when(drop)
        .then([
          { type: 'CareerStepDropped', data: { stepId: STEP, goalId: GOAL, owner: 'client', dueDate: '2026-04-15', reason: 'Terveydellinen syy', version: 1, droppedAt: NOW } },
          { type: 'CareerGoalDropped', data: { goalId: GOAL, kind: 'employment', targetDate: '2026-09-30', reason: 'Terveydellinen syy', version: 1, droppedAt: NOW } },
        ]);
      given([started, goalSet()]).when({ ...drop, data: { goalId: GOAL, reason: ' ' } }).thenThrows(refusedAs('PLAN.TEXT_REQUIRED', 'invalid'));
    });
  });

  describe('steps', () => {
    it('adds a step under a goal, with an owner, a due date and a link to a service', () => {
      const link = { kind: 'licence-training' as const, id: 'referral-1' };
      given([started, goalSet()]).when(addStep({ link })).then([stepAdded(STEP, { link })]);
    });

    it('refuses a step without a goal or under an unknown goal (409)', () => {
      given([started, goalSet()]).when(addStep({ goalId: undefined })).thenThrows(refusedAs('PLAN.STEP_WITHOUT_GOAL', 'conflict'));
      given([started, goalSet()]).when(addStep({ goalId: 'goal-x' })).thenThrows(refusedAs('PLAN.STEP_WITHOUT_GOAL', 'conflict'));
      given([started]).when(addStep()).thenThrows('PLAN.STEP_WITHOUT_GOAL');
    });

    it('refuses a due date before the plan began, a blank title and a step id twice', () => {
      given([started, goalSet()]).when(addStep({ dueDate: '2026-03-01' })).thenThrows(refusedAs('PLAN.DATE_BEFORE_START', 'conflict'));
      given([started, goalSet()]).when(addStep({ title: '' })).thenThrows(refusedAs('PLAN.TEXT_REQUIRED', 'invalid'));
      given([started, goalSet(), stepAdded()]).when(addStep()).thenThrows('PLAN.STEP_EXISTS');
    });

    it('lets a client add only steps they do themselves', () => {
      given([started, goalSet()]).when(addStep({ by: 'client' })).then([stepAdded(STEP, { addedBy: 'client' })]);
      given([started, goalSet()]).when(addStep({ by: 'client', owner: 'advisor' })).thenThrows(refusedAs('PLAN.NOT_CLIENTS_STEP', 'conflict'));
    });

    it('marks a step done once; a client marks done only their own', () => {
      const advisorStep = stepAdded('step-2', { owner: 'advisor' });
      given([started, goalSet(), stepAdded()])
        .when(complete('client'))
        .then([{ type: 'CareerStepDone', data: { stepId: STEP, goalId: GOAL, owner: 'client', dueDate: '2026-04-15', doneBy: 'client', version: 1, doneAt: NOW } }]);
      given([started, goalSet(), advisorStep]).when(complete('client', 'step-2')).thenThrows('PLAN.NOT_CLIENTS_STEP');
      given([started, goalSet(), advisorStep]).when(complete('advisor', 'step-2')).then([
        { type: 'CareerStepDone', data: { stepId: 'step-2', goalId: GOAL, owner: 'advisor', dueDate: '2026-04-15', doneBy: 'advisor', version: 1, doneAt: NOW } },
      ]);
      const done = fold(decider, [started, goalSet(), stepAdded()]);
      const events = decider.decide(complete('client'), done);
      given([started, goalSet(), stepAdded(), ...events]).when(complete('client')).thenThrows(refusedAs('PLAN.STEP_NOT_OPEN', 'conflict'));
      given([started, goalSet()]).when(complete('advisor', 'nope')).thenThrows(refusedAs('PLAN.STEP_NOT_FOUND', 'not-found'));
    });

    it('drops a step only with a reason', () => {
      const drop = (reason: string): CareerPlanCommand => ({ type: 'DropStep', data: { stepId: STEP, reason }, metadata: meta() });
      given([started, goalSet(), stepAdded()]).when(drop('Koulutus peruttiin')).then([
        { type: 'CareerStepDropped', data: { stepId: STEP, goalId: GOAL, owner: 'client', dueDate: '2026-04-15', reason: 'Koulutus peruttiin', version: 1, droppedAt: NOW } },
      ]);
      given([started, goalSet(), stepAdded()]).when(drop('   ')).thenThrows(refusedAs('PLAN.TEXT_REQUIRED', 'invalid'));
    });

    it('revises a step (removing its link with null); an unchanged revision records nothing', () => {
      const linked = stepAdded(STEP, { link: { kind: 'meeting', id: 'm-1' } });
      const revise = (data: Partial<Extract<CareerPlanCommand, { type: 'ReviseStep' }>['data']>): CareerPlanCommand => ({
        type: 'ReviseStep',
        data: { stepId: STEP, ...data },
        metadata: meta(),
      });
      given([started, goalSet(), linked])
        .when(revise({ link: null, dueDate: '2026-05-01' }))
        .then([{ type: 'CareerStepRevised', data: { stepId: STEP, goalId: GOAL, title: 'Hae trukkikorttikoulutukseen', owner: 'client', dueDate: '2026-05-01', version: 1, revisedAt: NOW } }]);
      given([started, goalSet(), linked]).when(revise({ link: { kind: 'meeting', id: 'm-1' } })).then([]);
      given([started, goalSet(), linked]).when(revise({ dueDate: '2026-01-01' })).thenThrows('PLAN.DATE_BEFORE_START');
    });
  });

  describe('agreement', () => {
    it('is reached when the client and the advisor both confirm the same draft', () => {
      given([started, goalSet(), stepAdded()]).when(confirm('advisor')).then([confirmed('advisor')]);
      given([started, goalSet(), stepAdded(), confirmed('advisor')]).when(confirm('client')).then([confirmed('client'), agreed()]);
      const state = stateAfter(agreedPlan);
      expect(state.draft).toEqual({ version: 1, agreed: true, confirmedAt: { advisor: NOW, client: NOW } });
      expect(state.agreed).toEqual([{ version: 1, goalKinds: ['employment'], agreedAt: NOW }]);
    });

    it('refuses an agreement with no goal (dropped goals do not count)', () => {
      given([started]).when(confirm('client')).thenThrows(refusedAs('PLAN.NO_GOAL', 'conflict'));
      const dropped: CareerPlanEvent = { type: 'CareerGoalDropped', data: { goalId: GOAL, kind: 'employment', targetDate: '2026-09-30', reason: 'r', version: 1, droppedAt: NOW } };
      given([started, goalSet(), dropped]).when(confirm('advisor')).thenThrows('PLAN.NO_GOAL');
    });

    it('confirms only the current draft version, and records a repeated confirmation once', () => {
      const refusal = refusalOf(decider, [started, goalSet()], confirm('client', 2));
      expect(refusal).toMatchObject({ code: 'PLAN.VERSION_NOT_CURRENT', kind: 'conflict', details: { version: 2, current: 1 } });
      given([started, goalSet(), confirmed('client')]).when(confirm('client')).then([]);
      given(agreedPlan).when(confirm('client')).then([]);
    });

    it('lists each goal kind of the agreed plan once', () => {
      given([started, goalSet(), goalSet('goal-2', 1, 'study'), goalSet('goal-3'), confirmed('client')])
        .when(confirm('advisor'))
        .then([confirmed('advisor'), { type: 'CareerPlanAgreed', data: { version: 1, goalKinds: ['employment', 'study'], agreedAt: NOW } }]);
    });

    it('starts draft version 2 with the first change after an agreement; the parties confirm it afresh', () => {
      given(agreedPlan).when(setGoal({ goalId: 'goal-2', kind: 'study' })).then([goalSet('goal-2', 2, 'study')]);
      given(agreedPlan).when(complete('client')).then([
        { type: 'CareerStepDone', data: { stepId: STEP, goalId: GOAL, owner: 'client', dueDate: '2026-04-15', doneBy: 'client', version: 2, doneAt: NOW } },
      ]);
      const draft2 = [...agreedPlan, goalSet('goal-2', 2, 'study')];
      expect(stateAfter(draft2).draft).toEqual({ version: 2, agreed: false, confirmedAt: {} });
      given(draft2).when(confirm('client', 1)).thenThrows('PLAN.VERSION_NOT_CURRENT');
      // Version 2's own changes stay in version 2.
      given(draft2).when(addStep({ stepId: 'step-9' })).then([stepAdded('step-9', { version: 2 })]);
      given([...draft2, confirmed('client', 2)]).when(confirm('advisor', 2)).then([
        confirmed('advisor', 2),
        { type: 'CareerPlanAgreed', data: { version: 2, goalKinds: ['employment', 'study'], agreedAt: NOW } },
      ]);
    });

    it('needs both confirmations again after a change to a draft one party had confirmed', () => {
      const history = [started, goalSet(), confirmed('advisor'), stepAdded()];
      expect(stateAfter(history).draft).toEqual({ version: 1, agreed: false, confirmedAt: {} });
      given(history).when(confirm('client')).then([confirmed('client')]);
    });

    it('keeps every agreed version readable exactly as agreed', () => {
      const history = [...agreedPlan, goalSet('goal-2', 2, 'study'), { type: 'CareerStepDone', data: { stepId: STEP, goalId: GOAL, owner: 'client', dueDate: '2026-04-15', doneBy: 'client', version: 2, doneAt: NOW } } as CareerPlanEvent, confirmed('client', 2), confirmed('advisor', 2), agreed(2)];
      const recorded = history.map((event, revision) => ({ ...event, revision }));
      const first = agreedVersionOf(recorded, 1);
      expect(first?.revision).toBe(5);
      expect(first?.plan.goals.map((g) => g.goalId)).toEqual([GOAL]);
      expect(first?.plan.steps.map((s) => s.status)).toEqual(['open']);
      const second = agreedVersionOf(recorded, 2);
      expect(second?.revision).toBe(10);
      expect(second?.plan.goals.map((g) => g.goalId)).toEqual([GOAL, 'goal-2']);
      expect(second?.plan.steps.map((s) => s.status)).toEqual(['done']);
      expect(agreedVersionOf(recorded, 3)).toBeUndefined();
    });
  });

  describe('reviews', () => {
    const review = (data: Partial<Extract<CareerPlanCommand, { type: 'RecordReview' }>['data']> = {}): CareerPlanCommand => ({
      type: 'RecordReview',
      data: { reviewId: 'r-1', meetingId: 'm-1', meeting: { status: 'held' }, progress: [{ stepId: STEP, progress: 'in-progress' }], notes: 'Edistyy hyvin', ...data },
      metadata: meta(),
    });

    it('records progress per step and the notes at a meeting of the process, without starting a new draft', () => {
      given(agreedPlan).when(review()).then([
        { type: 'CareerPlanReviewed', data: { reviewId: 'r-1', meetingId: 'm-1', progress: [{ stepId: STEP, progress: 'in-progress' }], notes: 'Edistyy hyvin', reviewedAt: NOW } },
      ]);
      const state = stateAfter([...agreedPlan, ...decider.decide(review(), fold(decider, agreedPlan))]);
      expect(state.draft).toEqual({ version: 1, agreed: true, confirmedAt: { advisor: NOW, client: NOW } });
    });

    it('refuses a meeting the process does not have, a cancelled or missed one, unknown and repeated steps', () => {
      given(agreedPlan).when(review({ meeting: undefined })).thenThrows(refusedAs('MEETING.NOT_FOUND', 'not-found'));
      given(agreedPlan).when(review({ meeting: { status: 'cancelled' } })).thenThrows(refusedAs('PLAN.REVIEW_MEETING_NOT_HELD', 'conflict'));
      given(agreedPlan).when(review({ meeting: { status: 'no-show' } })).thenThrows('PLAN.REVIEW_MEETING_NOT_HELD');
      given(agreedPlan).when(review({ meeting: { status: 'scheduled' } })).then(expect.any(Array) as never);
      given(agreedPlan).when(review({ progress: [{ stepId: 'nope', progress: 'done' }] })).thenThrows(refusedAs('PLAN.UNKNOWN_STEP', 'conflict'));
      given(agreedPlan)
        .when(review({ progress: [{ stepId: STEP, progress: 'done' }, { stepId: STEP, progress: 'stuck' }] }))
        .thenThrows(refusedAs('PLAN.INVALID_PROGRESS', 'invalid'));
    });
  });

  it('declares every free text personal, so the command side encrypts it', () => {
    expect(PERSONAL_FIELDS.CareerGoalSet).toEqual(['what']);
    expect(PERSONAL_FIELDS.CareerStepAdded).toEqual(['title']);
    expect(PERSONAL_FIELDS.CareerPlanReviewed).toEqual(['notes']);
    expect(PERSONAL_FIELDS.CareerGoalDropped).toEqual(['reason']);
    expect(PERSONAL_FIELDS.CareerStepDropped).toEqual(['reason']);
  });
});
