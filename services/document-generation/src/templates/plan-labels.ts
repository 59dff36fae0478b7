/**
 * Fixed texts of the career-plan document, per language, kept as data like labels.ts (a
 * translator corrects them without reading code). Changing any text here means a new
 * PLAN_LABELS_VERSION: each generated document records the version it was built with.
 */
import type { PlanGoalKind, PlanGoalStatus, PlanLinkKind, PlanParty, PlanStepStatus } from '../content/domain/plan-input';
import type { DocumentLanguage } from '../content/domain/profile-input';

export const PLAN_LABELS_VERSION = 'plan-labels-v1';

export interface PlanLabels {
  planLabel: string;
  /** "Versio {version}, hyväksytty {date}". */
  version: string;
  /** "Suunnitelma alkoi {date}". */
  started: string;
  sections: { goals: string; agreement: string };
  goalKinds: Record<PlanGoalKind, string>;
  goalStatus: Record<PlanGoalStatus, string>;
  stepStatus: Record<PlanStepStatus, string>;
  owner: Record<PlanParty, string>;
  /** "Tavoitepäivä {date}". */
  targetDate: string;
  /** "määräpäivä {date}". */
  dueDate: string;
  /** "liittyy: {service}". */
  linked: string;
  services: Record<PlanLinkKind, string>;
  noSteps: string;
  /** The agreement, with each party's confirmation date. */
  agreed: string;
}

export const PLAN_LABELS: Readonly<Record<DocumentLanguage, PlanLabels>> = {
  fi: {
    planLabel: 'Urasuunnitelma',
    version: 'Versio {version}, hyväksytty {date}',
    started: 'Suunnitelma alkoi {date}',
    sections: { goals: 'Tavoitteet ja askeleet', agreement: 'Hyväksyntä' },
    goalKinds: { employment: 'Työ', study: 'Opiskelu', 'own-business': 'Oma yritys', other: 'Muu tavoite' },
    goalStatus: { active: 'voimassa', achieved: 'saavutettu', dropped: 'luovuttu' },
    stepStatus: { open: 'avoin', done: 'tehty', dropped: 'jätetty pois' },
    owner: { client: 'asiakas', advisor: 'ohjaaja' },
    targetDate: 'Tavoitepäivä {date}',
    dueDate: 'määräpäivä {date}',
    linked: 'liittyy: {service}',
    services: { meeting: 'tapaaminen', 'group-session': 'ryhmäohjaus', 'licence-training': 'kortti- tai lupakoulutus', document: 'asiakirja' },
    noSteps: 'Ei askeleita.',
    agreed: 'Asiakas ja ohjaaja hyväksyivät tämän version: asiakas {client}, ohjaaja {advisor}.',
  },
  sv: {
    planLabel: 'Karriärplan',
    version: 'Version {version}, godkänd {date}',
    started: 'Planen inleddes {date}',
    sections: { goals: 'Mål och steg', agreement: 'Godkännande' },
    goalKinds: { employment: 'Arbete', study: 'Studier', 'own-business': 'Eget företag', other: 'Annat mål' },
    goalStatus: { active: 'aktuellt', achieved: 'uppnått', dropped: 'avbrutet' },
    stepStatus: { open: 'öppet', done: 'gjort', dropped: 'struket' },
    owner: { client: 'klienten', advisor: 'handledaren' },
    targetDate: 'Måldatum {date}',
    dueDate: 'senast {date}',
    linked: 'gäller: {service}',
    services: { meeting: 'möte', 'group-session': 'gruppvägledning', 'licence-training': 'kort- eller tillståndsutbildning', document: 'dokument' },
    noSteps: 'Inga steg.',
    agreed: 'Klienten och handledaren godkände denna version: klienten {client}, handledaren {advisor}.',
  },
  en: {
    planLabel: 'Career plan',
    version: 'Version {version}, agreed {date}',
    started: 'Plan began {date}',
    sections: { goals: 'Goals and steps', agreement: 'Agreement' },
    goalKinds: { employment: 'Employment', study: 'Studies', 'own-business': 'Own business', other: 'Other goal' },
    goalStatus: { active: 'active', achieved: 'achieved', dropped: 'dropped' },
    stepStatus: { open: 'open', done: 'done', dropped: 'dropped' },
    owner: { client: 'client', advisor: 'advisor' },
    targetDate: 'Target date {date}',
    dueDate: 'due {date}',
    linked: 'linked to: {service}',
    services: { meeting: 'meeting', 'group-session': 'group guidance', 'licence-training': 'licence or permit training', document: 'document' },
    noSteps: 'No steps.',
    agreed: 'The client and the advisor agreed this version: client {client}, advisor {advisor}.',
  },
};
