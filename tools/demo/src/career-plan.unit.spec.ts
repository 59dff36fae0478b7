import { compareDates } from '@career/calendar';
import { planDraftOf } from './career-plan';
import { clientPlan, DEMO_ORGANISATIONS } from './demo-plan';
import { demoPerson } from './demo-people';

describe("the demo's career plans", () => {
  const today = '2026-12-06';
  const planOf = (i: number) => {
    const { index: _index, ...person } = demoPerson(1, i);
    return clientPlan(DEMO_ORGANISATIONS[0], i, person, today);
  };

  it('give every goal steps for both parties, dated on or after the day the plan began', () => {
    for (let i = 0; i < 30; i++) {
      for (const goal of planDraftOf(planOf(i), today, 'referral-1')) {
        expect(compareDates(goal.targetDate, today)).toBeGreaterThan(0);
        expect(new Set(goal.steps.map((s) => s.owner))).toEqual(new Set(['client', 'advisor']));
        for (const step of goal.steps) expect(compareDates(step.dueDate, today)).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('aim at a job, link the licence training, and give every third client a second goal, studies', () => {
    const licence = Array.from({ length: 20 }, (_, i) => planOf(i)).find((p) => p.licence)!;
    const [main] = planDraftOf(licence, today, 'referral-1');
    expect(main.steps).toContainEqual(expect.objectContaining({ owner: 'advisor', link: { kind: 'licence-training', id: 'referral-1' } }));
    expect(planDraftOf(planOf(0), today)[0]).toMatchObject({ kind: 'employment', what: { escoUri: expect.stringMatching(/^http:\/\/data\.europa\.eu\/esco\/occupation\//) } });
    expect(planDraftOf(planOf(3), today).map((g) => g.kind)).toEqual(['employment', 'study']);
    expect(planDraftOf(planOf(4), today)).toHaveLength(1);
  });
});
