/**
 * What the document builders are given: the client's contact details (fetched from client
 * intake at render time) and the skills profile (from skills assessment). Deliberately has no
 * personal identity code and no date of birth: a CV never shows them.
 *
 * The value types mirror skills-assessment's events; they are repeated here, not imported,
 * because a service never depends on another service's code (only on shared libs).
 */

export type DocumentLanguage = 'fi' | 'sv' | 'en';
export const DOCUMENT_LANGUAGES: readonly DocumentLanguage[] = ['fi', 'sv', 'en'];

export type SkillKind = 'skill' | 'knowledge' | 'language' | 'digital' | 'transversal';
/** 1 basic, 2 working, 3 proficient, 4 advanced (skills-assessment's scale). */
export type Proficiency = 1 | 2 | 3 | 4;
export type CefrLevel = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2';
export type GainedIn = 'work' | 'studies' | 'hobby' | 'volunteering' | 'everyday-life';

export interface ContactInput {
  firstName: string;
  lastName: string;
  email?: string;
  phone?: string;
  municipality?: string;
}

/** The ESCO skill group (broader concept) of a skill, when the caller resolved it from the catalogue. */
export interface SkillGroupInput {
  /** ESCO group code, e.g. "S6.4"; groups with the same code form one competence area. */
  code?: string;
  /** The group's label in the document's language: the competence area's heading. */
  label: string;
}

export interface SkillInput {
  label: string;
  escoUri?: string;
  kind: SkillKind;
  proficiency: Proficiency;
  /** Required for (and only for) language skills. */
  cefrLevel?: CefrLevel;
  gainedIn: GainedIn;
  /** The client's own words on where and how they showed the skill. */
  evidence?: string;
  skillGroup?: SkillGroupInput;
}

export interface ExperienceInput {
  title: string;
  employer: string;
  startYear: number;
  endYear?: number;
  description?: string;
}

export interface EducationInput {
  title: string;
  institution: string;
  startYear: number;
  endYear?: number;
  description?: string;
}

export interface LicenceInput {
  name: string;
  /** ISO date (YYYY-MM-DD) the licence expires; absent when it does not. */
  validUntil?: string;
}

export interface ProfileInput {
  summary?: string;
  skills: SkillInput[];
  experience: ExperienceInput[];
  education: EducationInput[];
  licences: LicenceInput[];
  /** RIASEC (Holland) code from the interest inventory, e.g. "RCS". */
  interestCode?: string;
}

export interface SkillsCvInput {
  language: DocumentLanguage;
  contact: ContactInput;
  profile: ProfileInput;
  /** The moment of generation: the document's date and the PDF's CreationDate. */
  now: Date;
}

export interface RecipientInput {
  employer: string;
  contactPerson?: string;
  /** Postal address; lines separated by newlines. */
  address?: string;
}

export interface VacancyInput {
  title: string;
  /** The advertisement's reference or id, when it has one. */
  reference?: string;
  /** The competences the advertisement asks for, one per entry, as the employer wrote them. */
  requirements: string[];
  /** Only used to find matching skills when `requirements` is empty; never printed. */
  advertisementText?: string;
}

export interface JobApplicationInput {
  language: DocumentLanguage;
  contact: ContactInput;
  recipient: RecipientInput;
  vacancy: VacancyInput;
  /** The client's own text on why they want this job. */
  motivation: string;
  profile: ProfileInput;
  now: Date;
}
