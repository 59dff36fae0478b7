import type { DomainEvent } from '@career/event-sourcing';
import type { RiasecType } from '../../interest-inventory/domain/riasec-items';

export type ProfileLanguage = 'fi' | 'sv' | 'en';
export const PROFILE_LANGUAGES: readonly ProfileLanguage[] = ['fi', 'sv', 'en'];

/** Who entered a change: the client themself or their advisor. */
export type RecordedBy = 'client' | 'advisor';
export const RECORDED_BY: readonly RecordedBy[] = ['client', 'advisor'];

export type SkillKind = 'skill' | 'knowledge' | 'language' | 'digital' | 'transversal';
export const SKILL_KINDS: readonly SkillKind[] = ['skill', 'knowledge', 'language', 'digital', 'transversal'];

/** Common European Framework of Reference level; required for (and only for) language skills. */
export type CefrLevel = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2';
export const CEFR_LEVELS: readonly CefrLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

/**
 * 1 basic (knows the basics, needs guidance), 2 working (does routine tasks on their own),
 * 3 proficient (handles demanding tasks on their own), 4 advanced (an expert, can teach others).
 */
export type Proficiency = 1 | 2 | 3 | 4;
export const PROFICIENCY_MIN = 1;
export const PROFICIENCY_MAX = 4;

export type GainedIn = 'work' | 'studies' | 'hobby' | 'volunteering' | 'everyday-life';
export const GAINED_IN: readonly GainedIn[] = ['work', 'studies', 'hobby', 'volunteering', 'everyday-life'];

/** When in the process the client rated themself. */
export type SelfAssessmentPhase = 'start' | 'during' | 'end';
export const SELF_ASSESSMENT_PHASES: readonly SelfAssessmentPhase[] = ['start', 'during', 'end'];
/** Self-assessment ratings run from 1 (very weak) to 5 (very strong). */
export const RATING_MIN = 1;
export const RATING_MAX = 5;

/** ISCED 2011 level of targeted studies: 1 primary .. 3 upper secondary (incl. vocational) .. 6 bachelor, 7 master, 8 doctoral. */
export type IscedLevel = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export type TargetSpec =
  | { kind: 'occupation'; label: string; escoUri?: string }
  | { kind: 'studies'; field: string; level: IscedLevel }
  | { kind: 'entrepreneurship'; businessArea?: string };

/** A competence a target asks for. */
export interface Requirement {
  requirementId: string;
  label: string;
  escoUri?: string;
  requiredProficiency: Proficiency;
}

/** Written by people (a skill, as the client or advisor put it), in the client's language. */
export interface SkillFields {
  skillId: string;
  label: string;
  escoUri?: string;
  kind: SkillKind;
  cefrLevel?: CefrLevel;
  proficiency: Proficiency;
  gainedIn: GainedIn;
  /** Free text: personal data, encrypted at rest. */
  evidence?: string;
}

interface Recorded {
  recordedBy: RecordedBy;
  recordedAt: string;
}

export type ProfileOpened = DomainEvent<
  'ProfileOpened',
  { clientId: string; organisation: string; language: ProfileLanguage; openedAt: string }
>;

export type SkillAdded = DomainEvent<'SkillAdded', SkillFields & Recorded>;
/** Carries the whole skill after the change and which fields changed, so readers need no diff. */
export type SkillRevised = DomainEvent<'SkillRevised', SkillFields & Recorded & { changedFields: Array<keyof SkillFields> }>;
export type SkillRemoved = DomainEvent<'SkillRemoved', { skillId: string } & Recorded>;

export interface WorkExperienceFields {
  entryId: string;
  title: string;
  employer: string;
  startYear: number;
  endYear?: number;
  /** Free text: personal data, encrypted at rest. */
  description?: string;
}
export type WorkExperienceAdded = DomainEvent<'WorkExperienceAdded', WorkExperienceFields & Recorded>;
export type WorkExperienceRemoved = DomainEvent<'WorkExperienceRemoved', { entryId: string } & Recorded>;

export interface EducationFields {
  entryId: string;
  title: string;
  institution: string;
  startYear: number;
  endYear?: number;
  /** Free text: personal data, encrypted at rest. */
  description?: string;
}
export type EducationAdded = DomainEvent<'EducationAdded', EducationFields & Recorded>;
export type EducationRemoved = DomainEvent<'EducationRemoved', { entryId: string } & Recorded>;

export interface LicenceFields {
  licenceId: string;
  /** Short code of the licence or permit, e.g. "forklift-licence", "hygiene-passport". */
  code: string;
  name: string;
  /** ISO date (YYYY-MM-DD) the licence expires; absent when it does not. */
  validUntil?: string;
}
/**
 * `advisor`: entered in this service (by the advisor, or by the client with them);
 * `scheduling`: taken from scheduling's training completion, once per referral.
 */
export type LicenceAdded = DomainEvent<
  'LicenceAdded',
  LicenceFields & ({ source: 'advisor'; recordedBy: RecordedBy; recordedAt: string } | { source: 'scheduling'; referralId: string; recordedAt: string })
>;
export type LicenceRemoved = DomainEvent<'LicenceRemoved', { licenceId: string } & Recorded>;

export type InterestInventoryRecorded = DomainEvent<
  'InterestInventoryRecorded',
  {
    inventoryVersion: string;
    answers: Record<string, number>;
    scores: Record<RiasecType, number>;
    code: string;
  } & Recorded
>;

export type TargetSet = DomainEvent<
  'TargetSet',
  {
    targetId: string;
    target: TargetSpec;
    requirements: Requirement[];
    /** `curated`: copied from the occupation's curated list; `given`: as the command listed them. */
    requirementsSource: 'curated' | 'given';
  } & Recorded
>;
export type TargetRemoved = DomainEvent<'TargetRemoved', { targetId: string } & Recorded>;
export type RequirementAdded = DomainEvent<'RequirementAdded', { targetId: string } & Requirement & Recorded>;
export type RequirementRevised = DomainEvent<
  'RequirementRevised',
  { targetId: string } & Requirement & Recorded & { changedFields: Array<keyof Requirement> }
>;
export type RequirementRemoved = DomainEvent<'RequirementRemoved', { targetId: string; requirementId: string } & Recorded>;

export interface SelfAssessmentRatings {
  selfKnowledge: number;
  identifyOwnSkills: number;
  careerPlanningConfidence: number;
}
export type SelfAssessmentRecorded = DomainEvent<'SelfAssessmentRecorded', { phase: SelfAssessmentPhase } & SelfAssessmentRatings & Recorded>;

export type AssessmentCompleted = DomainEvent<'AssessmentCompleted', Recorded>;

/**
 * The client's profile in their own words (docs/domain.md#the-people: the client records their
 * skills in their own words): the CV's profile paragraph prints it instead of a generated
 * sentence. Free text: personal data, encrypted at rest, never published.
 */
export type ProfileTextWritten = DomainEvent<'ProfileTextWritten', { text: string } & Recorded>;
export type ProfileTextRemoved = DomainEvent<'ProfileTextRemoved', Recorded>;

export type SkillsProfileEvent =
  | ProfileOpened
  | SkillAdded
  | SkillRevised
  | SkillRemoved
  | WorkExperienceAdded
  | WorkExperienceRemoved
  | EducationAdded
  | EducationRemoved
  | LicenceAdded
  | LicenceRemoved
  | InterestInventoryRecorded
  | TargetSet
  | TargetRemoved
  | RequirementAdded
  | RequirementRevised
  | RequirementRemoved
  | SelfAssessmentRecorded
  | AssessmentCompleted
  | ProfileTextWritten
  | ProfileTextRemoved;

/**
 * Fields of skills-profile events that are personal data (free text about the client): the
 * service encrypts them with the client's data key before they are stored, and they never
 * leave the service except to document generation over its internal API.
 */
export const PERSONAL_FIELDS: Readonly<Record<SkillsProfileEvent['type'], readonly string[]>> = {
  ProfileOpened: [],
  SkillAdded: ['evidence'],
  SkillRevised: ['evidence'],
  SkillRemoved: [],
  WorkExperienceAdded: ['description'],
  WorkExperienceRemoved: [],
  EducationAdded: ['description'],
  EducationRemoved: [],
  LicenceAdded: [],
  LicenceRemoved: [],
  InterestInventoryRecorded: [],
  TargetSet: [],
  TargetRemoved: [],
  RequirementAdded: [],
  RequirementRevised: [],
  RequirementRemoved: [],
  SelfAssessmentRecorded: [],
  AssessmentCompleted: [],
  ProfileTextWritten: ['text'],
  ProfileTextRemoved: [],
};

/** Current schema version of each event type (a new version comes with an upcaster). */
export const SKILLS_PROFILE_SCHEMA_VERSIONS: Readonly<Record<SkillsProfileEvent['type'], number>> = {
  ProfileOpened: 1,
  SkillAdded: 1,
  SkillRevised: 1,
  SkillRemoved: 1,
  WorkExperienceAdded: 1,
  WorkExperienceRemoved: 1,
  EducationAdded: 1,
  EducationRemoved: 1,
  LicenceAdded: 1,
  LicenceRemoved: 1,
  InterestInventoryRecorded: 1,
  TargetSet: 1,
  TargetRemoved: 1,
  RequirementAdded: 1,
  RequirementRevised: 1,
  RequirementRemoved: 1,
  SelfAssessmentRecorded: 1,
  AssessmentCompleted: 1,
  ProfileTextWritten: 1,
  ProfileTextRemoved: 1,
};
