/**
 * The sample client's agreed career plan (version 2), written in each language as advisor and
 * client would write it: a job as forklift operator in a cold store with its steps, and studies
 * as a fallback. Used by render-samples.ts and the tests; no real person.
 */
import type { AgreedPlanInput, CareerPlanInput } from '../content/domain/plan-input';
import type { DocumentLanguage } from '../content/domain/profile-input';
import { SAMPLE_CONTACT, SAMPLE_NOW } from './sample-client';

const TEXTS: Record<DocumentLanguage, { job: string; studies: string; steps: string[] }> = {
  fi: {
    job: 'Trukinkuljettaja kylmävarastoon',
    studies: 'Logistiikan ammattitutkinto',
    steps: ['Uusi trukkikortti', 'Päivitä osaamispohjainen CV', 'Hae kolmeen varastotyöpaikkaan', 'Selvitä oppisopimusmahdollisuudet'],
  },
  sv: {
    job: 'Truckförare på kyllager',
    studies: 'Yrkesexamen i logistik',
    steps: ['Förnya truckkortet', 'Uppdatera det kompetensbaserade CV:t', 'Sök tre lagerjobb', 'Ta reda på möjligheterna till läroavtal'],
  },
  en: {
    job: 'Forklift operator in a cold store',
    studies: 'Further vocational qualification in logistics',
    steps: ['Renew the forklift licence', 'Update the skills-based CV', 'Apply for three warehouse jobs', 'Find out about apprenticeships'],
  },
};

export function samplePlan(language: DocumentLanguage): AgreedPlanInput {
  const texts = TEXTS[language];
  return {
    version: 2,
    agreedAt: '2026-11-20T10:30:00.000Z',
    startedOn: '2026-09-01',
    confirmedAt: { advisor: '2026-11-19T12:00:00.000Z', client: '2026-11-20T10:30:00.000Z' },
    goals: [
      {
        kind: 'employment',
        what: texts.job,
        targetDate: '2027-03-31',
        status: 'active',
        steps: [
          { title: texts.steps[0], owner: 'client', dueDate: '2026-12-15', status: 'done', linkKind: 'licence-training' },
          { title: texts.steps[1], owner: 'client', dueDate: '2026-12-01', status: 'open', linkKind: 'document' },
          { title: texts.steps[2], owner: 'client', dueDate: '2027-01-31', status: 'open' },
        ],
      },
      {
        kind: 'study',
        what: texts.studies,
        targetDate: '2027-08-31',
        status: 'active',
        steps: [{ title: texts.steps[3], owner: 'advisor', dueDate: '2027-01-15', status: 'open', linkKind: 'meeting' }],
      },
    ],
  };
}

export function samplePlanInput(language: DocumentLanguage): CareerPlanInput {
  return { language, contact: { ...SAMPLE_CONTACT }, plan: samplePlan(language), now: SAMPLE_NOW };
}
