/**
 * The per-language job-application templates (application.<lang>.json): sentences with
 * `{placeholder}`s, kept as data so the wording can be corrected without touching code.
 * Assigning the JSON to ApplicationTemplate makes the compiler check every file's shape.
 */
import type { DocumentLanguage } from '../content/domain/profile-input';
import en from './application.en.json';
import fi from './application.fi.json';
import sv from './application.sv.json';

export interface ApplicationTemplate {
  templateVersion: string;
  heading: string;
  reference: { withReference: string; withoutReference: string };
  /** `withoutContactPerson` may be empty: Finnish and Swedish letters then have no salutation. */
  salutation: { withContactPerson: string; withoutContactPerson: string };
  whyThisJob: { opening: string };
  matchingCompetence: { matched: string; noMatch: string };
  experience: { jobs: string; latestJob: string; education: string; item: string };
  whyMe: { strengths: string; licences: string; languages: string; languageItem: string };
  closing: { interview: string; phoneAndEmail: string; phoneOnly: string; emailOnly: string };
  signOff: string;
}

const fiTemplate: ApplicationTemplate = fi;
const svTemplate: ApplicationTemplate = sv;
const enTemplate: ApplicationTemplate = en;

export const APPLICATION_TEMPLATES: Readonly<Record<DocumentLanguage, ApplicationTemplate>> = {
  fi: fiTemplate,
  sv: svTemplate,
  en: enTemplate,
};
