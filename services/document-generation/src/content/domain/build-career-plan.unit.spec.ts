import { samplePlanInput } from '../../test-support/sample-plan';
import { PLAN_LABELS } from '../../templates/plan-labels';
import { buildCareerPlan, CAREER_PLAN_TEMPLATE_VERSION } from './build-career-plan';
import { DOCUMENT_LANGUAGES } from './profile-input';

describe('buildCareerPlan', () => {
  it('prints the version, the day it was agreed and the day the plan began, in Finnish', () => {
    const plan = buildCareerPlan(samplePlanInput('fi'));
    expect(plan).toMatchObject({
      kind: 'career-plan',
      documentLabel: 'Urasuunnitelma',
      person: { fullName: 'Mikko Häkkinen', contactItems: [] },
      // 10:30 UTC on 20 November is the same day in Helsinki.
      versionLine: 'Versio 2, hyväksytty 20.11.2026 · Suunnitelma alkoi 1.9.2026',
      footer: 'Urasuunnitelma · Versio 2, hyväksytty 20.11.2026',
      meta: { title: 'Urasuunnitelma – Mikko Häkkinen', languageTag: 'fi-FI', templateVersion: CAREER_PLAN_TEMPLATE_VERSION, redactedIdentityCodes: 0 },
    });
  });

  it('shows each goal with its kind, target and status, and every step with who, by when, status and service, in the agreed order', () => {
    const plan = buildCareerPlan(samplePlanInput('fi'));
    expect(plan.goals.items.map((g) => [g.heading, g.detail])).toEqual([
      ['Työ: Trukinkuljettaja kylmävarastoon', 'Tavoitepäivä 31.3.2027 · voimassa'],
      ['Opiskelu: Logistiikan ammattitutkinto', 'Tavoitepäivä 31.8.2027 · voimassa'],
    ]);
    expect(plan.goals.items[0]!.steps[0]).toEqual({ label: 'Uusi trukkikortti', detail: 'asiakas · määräpäivä 15.12.2026 · tehty · liittyy: kortti- tai lupakoulutus' });
    expect(plan.goals.items[0]!.steps.map((s) => s.label)).toEqual(['Uusi trukkikortti', 'Päivitä osaamispohjainen CV', 'Hae kolmeen varastotyöpaikkaan']);
    expect(plan.goals.items[1]!.steps[0]!.detail).toBe('ohjaaja · määräpäivä 15.1.2027 · avoin · liittyy: tapaaminen');
    expect(plan.agreement.text).toBe('Asiakas ja ohjaaja hyväksyivät tämän version: asiakas 20.11.2026, ohjaaja 19.11.2026.');
  });

  it.each(DOCUMENT_LANGUAGES)('writes every fixed text in %s, with dates as that language writes them', (language) => {
    const plan = buildCareerPlan(samplePlanInput(language));
    const labels = PLAN_LABELS[language];
    expect(plan.documentLabel).toBe(labels.planLabel);
    expect(plan.goals.heading).toBe(labels.sections.goals);
    expect(plan.agreement.heading).toBe(labels.sections.agreement);
    expect(plan.goals.items[0]!.heading.startsWith(`${labels.goalKinds.employment}: `)).toBe(true);
    const expected = { fi: '20.11.2026', sv: '20 november 2026', en: '20 November 2026' }[language];
    expect(plan.versionLine).toContain(expected);
  });

  it('says so when a goal has no steps', () => {
    const input = samplePlanInput('en');
    input.plan.goals[1]!.steps = [];
    expect(buildCareerPlan(input).goals.items[1]).toMatchObject({ steps: [], noSteps: 'No steps.' });
  });

  it('blanks out identity codes written into the plan’s texts, and counts them', () => {
    const input = samplePlanInput('fi');
    input.plan.goals[0]!.steps[2]!.title = 'Soita Kelaan, hetu 131052-308T mukaan';
    const plan = buildCareerPlan(input);
    expect(JSON.stringify(plan)).not.toContain('131052-308T');
    expect(plan.goals.items[0]!.steps[2]!.label).toBe('Soita Kelaan, hetu [poistettu] mukaan');
    expect(plan.meta.redactedIdentityCodes).toBe(1);
  });
});
