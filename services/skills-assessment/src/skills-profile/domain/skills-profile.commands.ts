import type { Command as BaseCommand } from '@career/event-sourcing';
import type { InventoryAnswers } from '../../interest-inventory/domain/score-inventory';
import type {
  CefrLevel,
  EducationFields,
  GainedIn,
  LicenceFields,
  ProfileLanguage,
  Proficiency,
  RecordedBy,
  Requirement,
  SelfAssessmentPhase,
  SelfAssessmentRatings,
  SkillFields,
  SkillKind,
  TargetSpec,
  WorkExperienceFields,
} from './skills-profile.events';

/** Time comes in the command (deciders never read the clock); so does who entered the change. */
export interface PersonCommandMetadata {
  now: Date;
  recordedBy: RecordedBy;
}
/** For commands a process issues on its own (opening on registration, a training completion). */
export interface ProcessCommandMetadata {
  now: Date;
}

type Command<Type extends string, Data, Metadata extends { now: Date } = PersonCommandMetadata> = BaseCommand<Type, Data, Metadata>;

export type OpenProfile = Command<'OpenProfile', { clientId: string; organisation: string; language: ProfileLanguage }, ProcessCommandMetadata>;

export type AddSkill = Command<'AddSkill', SkillFields>;
/** Only the fields given change; `null` clears an optional field. */
export type SkillChanges = Partial<{
  label: string;
  escoUri: string | null;
  kind: SkillKind;
  cefrLevel: CefrLevel | null;
  proficiency: Proficiency;
  gainedIn: GainedIn;
  evidence: string | null;
}>;
export type ReviseSkill = Command<'ReviseSkill', { skillId: string; changes: SkillChanges }>;
export type RemoveSkill = Command<'RemoveSkill', { skillId: string }>;

export type AddWorkExperience = Command<'AddWorkExperience', WorkExperienceFields>;
export type RemoveWorkExperience = Command<'RemoveWorkExperience', { entryId: string }>;
export type AddEducation = Command<'AddEducation', EducationFields>;
export type RemoveEducation = Command<'RemoveEducation', { entryId: string }>;

export type AddLicence = Command<'AddLicence', LicenceFields>;
/**
 * From scheduling's training completion (licence earned); idempotent by referral id. The event
 * has the licence's code only: the decider names it in the profile's language.
 */
export type RecordTrainingLicence = Command<'RecordTrainingLicence', Omit<LicenceFields, 'name'> & { referralId: string }, ProcessCommandMetadata>;
export type RemoveLicence = Command<'RemoveLicence', { licenceId: string }>;

export type RecordInterestInventory = Command<'RecordInterestInventory', { answers: InventoryAnswers }>;

/**
 * Without `requirements`, an occupation target whose ESCO URI has a curated list takes that
 * list (labels in the profile's language); otherwise the given list (or none) is kept.
 */
export type SetTarget = Command<'SetTarget', { targetId: string; target: TargetSpec; requirements?: Requirement[] }>;
export type RemoveTarget = Command<'RemoveTarget', { targetId: string }>;
export type AddRequirement = Command<'AddRequirement', { targetId: string } & Requirement>;
export type RequirementChanges = Partial<{ label: string; escoUri: string | null; requiredProficiency: Proficiency }>;
export type ReviseRequirement = Command<'ReviseRequirement', { targetId: string; requirementId: string; changes: RequirementChanges }>;
export type RemoveRequirement = Command<'RemoveRequirement', { targetId: string; requirementId: string }>;

export type RecordSelfAssessment = Command<'RecordSelfAssessment', { phase: SelfAssessmentPhase } & SelfAssessmentRatings>;

export type CompleteAssessment = Command<'CompleteAssessment', Record<string, never>>;

/** Writes (or rewrites) the profile text; the same text again records nothing. */
export type WriteProfileText = Command<'WriteProfileText', { text: string }>;
/** Removes the profile text (the CV goes back to the generated sentence); none to remove records nothing. */
export type RemoveProfileText = Command<'RemoveProfileText', Record<string, never>>;

export type SkillsProfileCommand =
  | OpenProfile
  | AddSkill
  | ReviseSkill
  | RemoveSkill
  | AddWorkExperience
  | RemoveWorkExperience
  | AddEducation
  | RemoveEducation
  | AddLicence
  | RecordTrainingLicence
  | RemoveLicence
  | RecordInterestInventory
  | SetTarget
  | RemoveTarget
  | AddRequirement
  | ReviseRequirement
  | RemoveRequirement
  | RecordSelfAssessment
  | CompleteAssessment
  | WriteProfileText
  | RemoveProfileText;
