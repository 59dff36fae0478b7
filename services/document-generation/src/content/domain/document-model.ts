/**
 * The content model: every visible text of a document, already in its language, so the
 * renderers (PDF, DOCX, JSON) only lay it out and never translate, choose or format content.
 */
import type { CefrLevel, DocumentLanguage, Proficiency } from './profile-input';

export type DocumentKind = 'skills-cv' | 'job-application' | 'career-plan';

/** The file formats a document is generated in (rendering/ lays the content out in each). */
export type DocumentFormat = 'pdf' | 'docx' | 'json';

export interface DocumentMeta {
  /** Title for PDF metadata / DOCX core properties, e.g. "Osaamispohjainen CV – Matti Meikäläinen". */
  title: string;
  /** The client's full name. */
  author: string;
  subject: string;
  /** BCP 47 tag of the document's language, e.g. "fi-FI". */
  languageTag: string;
  /** ISO timestamp of generation (the builder's `now`). */
  createdAt: string;
  /** Version of the templates and fixed texts the document was built with. */
  templateVersion: string;
  /**
   * How many substrings shaped like a Finnish personal identity code were replaced in the
   * inputs' free text (never the codes themselves), so the caller can tell the advisor.
   */
  redactedIdentityCodes: number;
}

export interface PersonBlock {
  fullName: string;
  /** Email, phone and municipality, each as printed, in that order; absent ones left out. */
  contactItems: string[];
}

export interface CompetenceExample {
  skill: string;
  /** The proficiency in words, e.g. "vahva". */
  level: string;
  proficiency: Proficiency;
  evidence?: string;
}

export interface CompetenceArea {
  /** Stable grouping key (see competence-areas.ts), e.g. "esco:S6.4" or "kind:skill/work". */
  key: string;
  heading: string;
  /** One to three, strongest first. */
  examples: CompetenceExample[];
  /** The area's other skills (labels only), printed after "Also:". */
  otherSkills: string[];
}

export interface TimelineEntry {
  /** e.g. "2019–2024" or "2021–nyt". */
  period: string;
  title: string;
  organisation: string;
  description?: string;
}

export interface LabelledItem {
  label: string;
  detail?: string;
}

export interface LanguageItem {
  language: string;
  cefrLevel?: CefrLevel;
  /** e.g. "B2 – itsenäinen kielenkäyttäjä" (the proficiency in words when no CEFR level was given). */
  detail: string;
}

export interface Section<T> {
  heading: string;
  items: T[];
}

export interface CvDocument {
  kind: 'skills-cv';
  language: DocumentLanguage;
  meta: DocumentMeta;
  /** "Osaamispohjainen CV" / "Kompetensbaserat CV" / "Skills-based CV". */
  documentLabel: string;
  person: PersonBlock;
  profile: { heading: string; text: string };
  competenceAreas: Section<CompetenceArea> & { alsoLabel: string };
  workHistory?: Section<TimelineEntry>;
  education?: Section<TimelineEntry>;
  licences?: Section<LabelledItem>;
  languages?: Section<LanguageItem>;
  digitalSkills?: Section<LabelledItem>;
  interests?: { heading: string; text: string };
  /** e.g. "Päivitetty 28.11.2026". */
  updated: string;
  /** Footer page number with placeholders the renderer fills: "Sivu {page}/{pages}". */
  pageLabel: string;
}

export type ApplicationParagraphRole = 'why-this-job' | 'matching-competence' | 'experience' | 'why-me' | 'closing';

export interface ApplicationParagraph {
  role: ApplicationParagraphRole;
  text: string;
}

export interface RequirementMatch {
  requirement: string;
  /** The profile entries (skill labels, job or education titles, licence names) that meet it. */
  matchedBy: string[];
}

export interface ApplicationDocument {
  kind: 'job-application';
  language: DocumentLanguage;
  meta: DocumentMeta;
  sender: PersonBlock;
  /** Employer, contact person, address lines. */
  recipientLines: string[];
  date: { iso: string; text: string };
  /** The reference to the advertisement, e.g. "Työpaikkailmoitus: Varastotyöntekijä, viite 123". */
  reference: string;
  /** The heading with the job title, e.g. "Hakemus: Varastotyöntekijä". */
  heading: string;
  /** Empty when the language's convention has none without a named contact person. */
  salutation: string;
  /** Three to five. */
  paragraphs: ApplicationParagraph[];
  signOff: string;
  signature: string;
  matching: { matched: RequirementMatch[]; unmatched: string[] };
  /** Which one-page rules (fit-one-page.ts) shortened the text, in the order applied. */
  condensed: string[];
}

/** One goal of a career plan with its steps. */
export interface PlanGoalBlock {
  /** The kind and what it aims at, e.g. "Työ: Trukinkuljettaja". */
  heading: string;
  /** Target date and status, e.g. "Tavoitepäivä 30.9.2026 · voimassa". */
  detail: string;
  /** Each step: its title as lead, owner, due date, status and linked service as text. */
  steps: LabelledItem[];
  /** Printed when the goal has no steps. */
  noSteps?: string;
}

/** An agreed version of a client's career plan (docs/domain.md#the-career-plan). */
export interface CareerPlanDocument {
  kind: 'career-plan';
  language: DocumentLanguage;
  meta: DocumentMeta;
  /** "Urasuunnitelma" / "Karriärplan" / "Career plan". */
  documentLabel: string;
  person: PersonBlock;
  /** "Versio 2, hyväksytty 12.3.2026 · Suunnitelma alkoi 3.3.2026". */
  versionLine: string;
  goals: Section<PlanGoalBlock>;
  agreement: { heading: string; text: string };
  /** Footer of every page: the document label, version and agreement date. */
  footer: string;
  pageLabel: string;
}

export type GeneratedDocument = CvDocument | ApplicationDocument | CareerPlanDocument;
