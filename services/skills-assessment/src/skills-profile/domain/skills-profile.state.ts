import { assertNever } from '@career/event-sourcing';
import type { RiasecType } from '../../interest-inventory/domain/riasec-items';
import type {
  EducationFields,
  LicenceFields,
  ProfileLanguage,
  RecordedBy,
  Requirement,
  SelfAssessmentPhase,
  SelfAssessmentRatings,
  SkillFields,
  SkillsProfileEvent,
  TargetSpec,
  WorkExperienceFields,
} from './skills-profile.events';

export type ProfileSkill = SkillFields & { recordedBy: RecordedBy; addedAt: string; revisedAt?: string };
export type ProfileLicence = LicenceFields & { source: 'advisor' | 'scheduling'; referralId?: string; addedAt: string };

export interface ProfileInterestInventory {
  inventoryVersion: string;
  answers: Record<string, number>;
  scores: Record<RiasecType, number>;
  code: string;
  recordedAt: string;
}

export interface ProfileTarget {
  targetId: string;
  target: TargetSpec;
  requirements: Requirement[];
  setAt: string;
}

export type ProfileSelfAssessment = { phase: SelfAssessmentPhase; recordedAt: string; recordedBy: RecordedBy } & SelfAssessmentRatings;

export interface OpenSkillsProfile {
  status: 'Open';
  clientId: string;
  organisation: string;
  language: ProfileLanguage;
  openedAt: string;
  skills: ProfileSkill[];
  workExperience: WorkExperienceFields[];
  education: EducationFields[];
  licences: ProfileLicence[];
  /** Every referral already taken from scheduling, also when its licence was removed since. */
  trainingReferralIds: string[];
  /** The latest answers; earlier ones stay in the stream. */
  interestInventory?: ProfileInterestInventory;
  targets: ProfileTarget[];
  /** In the order recorded. */
  selfAssessments: ProfileSelfAssessment[];
  /** Set once the assessment is completed; the profile stays editable afterwards. */
  completion?: { completedAt: string; changedSinceCompletion: boolean };
  /** The client's profile in their own words (the CV's profile paragraph), the latest one. */
  profileText?: ProfileText;
}

export interface ProfileText {
  text: string;
  recordedBy: RecordedBy;
  writtenAt: string;
}

export type SkillsProfileState = { status: 'Empty' } | OpenSkillsProfile;

export const initialSkillsProfileState = (): SkillsProfileState => ({ status: 'Empty' });

export function evolveSkillsProfile(state: SkillsProfileState, event: SkillsProfileEvent): SkillsProfileState {
  if (event.type === 'ProfileOpened') {
    const { clientId, organisation, language, openedAt } = event.data;
    return {
      status: 'Open',
      clientId,
      organisation,
      language,
      openedAt,
      skills: [],
      workExperience: [],
      education: [],
      licences: [],
      trainingReferralIds: [],
      targets: [],
      selfAssessments: [],
    };
  }
  if (state.status !== 'Open') return state; // nothing but ProfileOpened is ever stored first
  const changed = applyChange(state, event);
  if (event.type === 'AssessmentCompleted') return changed;
  return changed.completion ? { ...changed, completion: { ...changed.completion, changedSinceCompletion: true } } : changed;
}

function applyChange(state: OpenSkillsProfile, event: Exclude<SkillsProfileEvent, { type: 'ProfileOpened' }>): OpenSkillsProfile {
  switch (event.type) {
    case 'SkillAdded': {
      const { recordedAt, ...skill } = event.data;
      return { ...state, skills: [...state.skills, { ...skill, addedAt: recordedAt }] };
    }
    case 'SkillRevised': {
      const { recordedAt, changedFields: _changed, ...skill } = event.data;
      return {
        ...state,
        skills: state.skills.map((s) => (s.skillId === skill.skillId ? { ...skill, addedAt: s.addedAt, revisedAt: recordedAt } : s)),
      };
    }
    case 'SkillRemoved':
      return { ...state, skills: state.skills.filter((s) => s.skillId !== event.data.skillId) };
    case 'WorkExperienceAdded': {
      const { recordedAt: _at, recordedBy: _by, ...entry } = event.data;
      return { ...state, workExperience: [...state.workExperience, entry] };
    }
    case 'WorkExperienceRemoved':
      return { ...state, workExperience: state.workExperience.filter((e) => e.entryId !== event.data.entryId) };
    case 'EducationAdded': {
      const { recordedAt: _at, recordedBy: _by, ...entry } = event.data;
      return { ...state, education: [...state.education, entry] };
    }
    case 'EducationRemoved':
      return { ...state, education: state.education.filter((e) => e.entryId !== event.data.entryId) };
    case 'LicenceAdded': {
      const { licenceId, code, name, validUntil, recordedAt } = event.data;
      const referralId = event.data.source === 'scheduling' ? event.data.referralId : undefined;
      const licence: ProfileLicence = {
        licenceId,
        code,
        name,
        ...(validUntil !== undefined && { validUntil }),
        source: event.data.source,
        ...(referralId !== undefined && { referralId }),
        addedAt: recordedAt,
      };
      return {
        ...state,
        licences: [...state.licences, licence],
        trainingReferralIds: referralId === undefined ? state.trainingReferralIds : [...state.trainingReferralIds, referralId],
      };
    }
    case 'LicenceRemoved':
      return { ...state, licences: state.licences.filter((l) => l.licenceId !== event.data.licenceId) };
    case 'InterestInventoryRecorded': {
      const { inventoryVersion, answers, scores, code, recordedAt } = event.data;
      return { ...state, interestInventory: { inventoryVersion, answers, scores, code, recordedAt } };
    }
    case 'TargetSet': {
      const { targetId, target, requirements, recordedAt } = event.data;
      return { ...state, targets: [...state.targets, { targetId, target, requirements, setAt: recordedAt }] };
    }
    case 'TargetRemoved':
      return { ...state, targets: state.targets.filter((t) => t.targetId !== event.data.targetId) };
    case 'RequirementAdded': {
      const { targetId, recordedAt: _at, recordedBy: _by, ...requirement } = event.data;
      return updateTarget(state, targetId, (t) => ({ ...t, requirements: [...t.requirements, requirement] }));
    }
    case 'RequirementRevised': {
      const { targetId, recordedAt: _at, recordedBy: _by, changedFields: _changed, ...requirement } = event.data;
      return updateTarget(state, targetId, (t) => ({
        ...t,
        requirements: t.requirements.map((r) => (r.requirementId === requirement.requirementId ? requirement : r)),
      }));
    }
    case 'RequirementRemoved': {
      const { targetId, requirementId } = event.data;
      return updateTarget(state, targetId, (t) => ({ ...t, requirements: t.requirements.filter((r) => r.requirementId !== requirementId) }));
    }
    case 'SelfAssessmentRecorded':
      return { ...state, selfAssessments: [...state.selfAssessments, { ...event.data }] };
    case 'AssessmentCompleted':
      return { ...state, completion: { completedAt: event.data.recordedAt, changedSinceCompletion: false } };
    case 'ProfileTextWritten':
      return { ...state, profileText: { text: event.data.text, recordedBy: event.data.recordedBy, writtenAt: event.data.recordedAt } };
    case 'ProfileTextRemoved': {
      const { profileText: _removed, ...rest } = state;
      return rest;
    }
    default:
      return assertNever(event);
  }
}

function updateTarget(state: OpenSkillsProfile, targetId: string, update: (target: ProfileTarget) => ProfileTarget): OpenSkillsProfile {
  return { ...state, targets: state.targets.map((t) => (t.targetId === targetId ? update(t) : t)) };
}
