import { assertNever, type Decider } from '@career/event-sourcing';
import { INVENTORY_VERSION } from '../../interest-inventory/domain/riasec-items';
import { scoreInventory } from '../../interest-inventory/domain/score-inventory';
import { refuse } from '../../skills-assessment.errors';
import { normaliseText } from '../../taxonomy/domain/normalise-text';
import { licenceNameOf } from './licence-names';
import { curatedRequirements } from './occupation-requirements';
import type { PersonCommandMetadata, SkillsProfileCommand } from './skills-profile.commands';
import type { Requirement, SkillFields, SkillsProfileEvent } from './skills-profile.events';
import {
  evolveSkillsProfile,
  initialSkillsProfileState,
  type OpenSkillsProfile,
  type ProfileTarget,
  type SkillsProfileState,
} from './skills-profile.state';
import {
  optionalCalendarDate,
  optionalText,
  PROFILE_TEXT_MAX,
  requireId,
  requireLanguage,
  requireRating,
  requireSelfAssessmentPhase,
  requireText,
  validateRequirement,
  validateSkill,
  validateTargetSpec,
  validateYears,
} from './skills-profile.validation';

export type { SkillsProfileState } from './skills-profile.state';

/**
 * The client's skills profile (docs/domain.md#the-process, steps 5 and 7): skills and
 * knowledge, work and education history, licences, interests, targets with their competence
 * requirements, self-assessments. Completing the assessment does not lock the profile: later
 * changes are recorded like any other, and the state says the profile changed since completion.
 */
export const skillsProfileDecider: Decider<SkillsProfileState, SkillsProfileCommand, SkillsProfileEvent> = {
  initialState: initialSkillsProfileState,
  evolve: evolveSkillsProfile,

  decide(command, state) {
    if (command.type === 'OpenProfile') {
      if (state.status !== 'Empty') throw refuse('PROFILE.ALREADY_OPEN', { clientId: state.clientId });
      const { clientId, organisation, language } = command.data;
      requireId('clientId', clientId);
      requireId('organisation', organisation);
      requireLanguage(language);
      return [{ type: 'ProfileOpened', data: { clientId, organisation, language, openedAt: command.metadata.now.toISOString() } }];
    }
    if (state.status !== 'Open') throw refuse('PROFILE.NOT_FOUND');
    return decideOnOpenProfile(command, state);
  },
};

function decideOnOpenProfile(command: Exclude<SkillsProfileCommand, { type: 'OpenProfile' }>, state: OpenSkillsProfile): SkillsProfileEvent[] {
  const recordedAt = command.metadata.now.toISOString();
  const recorded = (metadata: PersonCommandMetadata) => ({ recordedBy: metadata.recordedBy, recordedAt });

  switch (command.type) {
    case 'AddSkill': {
      const skill = withoutUndefined(command.data);
      validateSkill(skill);
      if (state.skills.some((s) => s.skillId === skill.skillId)) {
        throw refuse('PROFILE.SKILL_ALREADY_EXISTS', { skillId: skill.skillId });
      }
      assertNotRecordedTwice(state, skill);
      return [{ type: 'SkillAdded', data: { ...skill, ...recorded(command.metadata) } }];
    }
    case 'ReviseSkill': {
      const current = findSkill(state, command.data.skillId);
      const { recordedBy: _by, addedAt: _added, revisedAt: _revised, ...fields } = current;
      const revised = applyChanges<SkillFields>(fields, command.data.changes);
      validateSkill(revised);
      const changedFields = (Object.keys(revised) as Array<keyof SkillFields>)
        .concat(Object.keys(fields) as Array<keyof SkillFields>)
        .filter((key, i, all) => all.indexOf(key) === i && revised[key] !== fields[key]);
      if (changedFields.length === 0) return []; // the same values again: nothing to record
      assertNotRecordedTwice(state, revised);
      return [{ type: 'SkillRevised', data: { ...revised, changedFields, ...recorded(command.metadata) } }];
    }
    case 'RemoveSkill':
      findSkill(state, command.data.skillId);
      return [{ type: 'SkillRemoved', data: { skillId: command.data.skillId, ...recorded(command.metadata) } }];

    case 'AddWorkExperience': {
      const entry = withoutUndefined(command.data);
      requireId('entryId', entry.entryId);
      requireText('title', entry.title);
      requireText('employer', entry.employer);
      validateYears(entry.startYear, entry.endYear, command.metadata.now);
      optionalText('description', entry.description);
      assertNewEntry(state.workExperience, entry.entryId);
      return [{ type: 'WorkExperienceAdded', data: { ...entry, ...recorded(command.metadata) } }];
    }
    case 'RemoveWorkExperience':
      if (!state.workExperience.some((e) => e.entryId === command.data.entryId)) {
        throw refuse('PROFILE.EXPERIENCE_NOT_FOUND', { entryId: command.data.entryId });
      }
      return [{ type: 'WorkExperienceRemoved', data: { entryId: command.data.entryId, ...recorded(command.metadata) } }];
    case 'AddEducation': {
      const entry = withoutUndefined(command.data);
      requireId('entryId', entry.entryId);
      requireText('title', entry.title);
      requireText('institution', entry.institution);
      validateYears(entry.startYear, entry.endYear, command.metadata.now);
      optionalText('description', entry.description);
      assertNewEntry(state.education, entry.entryId);
      return [{ type: 'EducationAdded', data: { ...entry, ...recorded(command.metadata) } }];
    }
    case 'RemoveEducation':
      if (!state.education.some((e) => e.entryId === command.data.entryId)) {
        throw refuse('PROFILE.EDUCATION_NOT_FOUND', { entryId: command.data.entryId });
      }
      return [{ type: 'EducationRemoved', data: { entryId: command.data.entryId, ...recorded(command.metadata) } }];

    case 'AddLicence': {
      const licence = withoutUndefined(command.data);
      validateLicence(state, licence);
      return [{ type: 'LicenceAdded', data: { ...licence, source: 'advisor', ...recorded(command.metadata) } }];
    }
    case 'RecordTrainingLicence': {
      const { referralId, licenceId, code, validUntil } = withoutUndefined(command.data);
      requireId('referralId', referralId);
      // Kafka delivers at least once: a referral already taken (even if removed since) is done.
      if (state.trainingReferralIds.includes(referralId)) return [];
      const licence = { licenceId, code, name: licenceNameOf(code, state.language), ...(validUntil !== undefined && { validUntil }) };
      validateLicence(state, licence);
      return [{ type: 'LicenceAdded', data: { ...licence, source: 'scheduling', referralId, recordedAt } }];
    }
    case 'RemoveLicence':
      if (!state.licences.some((l) => l.licenceId === command.data.licenceId)) {
        throw refuse('PROFILE.LICENCE_NOT_FOUND', { licenceId: command.data.licenceId });
      }
      return [{ type: 'LicenceRemoved', data: { licenceId: command.data.licenceId, ...recorded(command.metadata) } }];

    case 'RecordInterestInventory': {
      const answers = { ...command.data.answers };
      const { scores, code } = scoreInventory(answers);
      return [
        { type: 'InterestInventoryRecorded', data: { inventoryVersion: INVENTORY_VERSION, answers, scores, code, ...recorded(command.metadata) } },
      ];
    }

    case 'SetTarget': {
      const { targetId, target } = command.data;
      requireId('targetId', targetId);
      validateTargetSpec(target);
      if (state.targets.some((t) => t.targetId === targetId)) {
        throw refuse('PROFILE.TARGET_ALREADY_EXISTS', { targetId });
      }
      const curated =
        command.data.requirements === undefined && target.kind === 'occupation' && target.escoUri !== undefined
          ? curatedRequirements(target.escoUri, state.language)
          : undefined;
      const requirements = (curated ?? command.data.requirements ?? []).map(withoutUndefined);
      requirements.forEach(validateRequirement);
      const duplicate = requirements.find((r, i) => requirements.findIndex((o) => o.requirementId === r.requirementId) !== i);
      if (duplicate) {
        throw refuse('PROFILE.REQUIREMENT_ALREADY_EXISTS', { requirementId: duplicate.requirementId }, 'Two requirements share one id.');
      }
      return [
        {
          type: 'TargetSet',
          data: {
            targetId,
            target: withoutUndefined(target),
            requirements,
            requirementsSource: curated ? 'curated' : 'given',
            ...recorded(command.metadata),
          },
        },
      ];
    }
    case 'RemoveTarget':
      findTarget(state, command.data.targetId);
      return [{ type: 'TargetRemoved', data: { targetId: command.data.targetId, ...recorded(command.metadata) } }];
    case 'AddRequirement': {
      const { targetId, ...requirement } = withoutUndefined(command.data);
      const target = findTarget(state, targetId);
      validateRequirement(requirement);
      if (target.requirements.some((r) => r.requirementId === requirement.requirementId)) {
        throw refuse('PROFILE.REQUIREMENT_ALREADY_EXISTS', { targetId, requirementId: requirement.requirementId });
      }
      return [{ type: 'RequirementAdded', data: { targetId, ...requirement, ...recorded(command.metadata) } }];
    }
    case 'ReviseRequirement': {
      const { targetId, requirementId, changes } = command.data;
      const current = findRequirement(findTarget(state, targetId), requirementId);
      const revised = applyChanges(current, changes);
      validateRequirement(revised);
      const changedFields = (['label', 'escoUri', 'requiredProficiency'] as const).filter((key) => revised[key] !== current[key]);
      if (changedFields.length === 0) return [];
      return [{ type: 'RequirementRevised', data: { targetId, ...revised, changedFields, ...recorded(command.metadata) } }];
    }
    case 'RemoveRequirement': {
      const { targetId, requirementId } = command.data;
      findRequirement(findTarget(state, targetId), requirementId);
      return [{ type: 'RequirementRemoved', data: { targetId, requirementId, ...recorded(command.metadata) } }];
    }

    case 'RecordSelfAssessment': {
      const { phase, selfKnowledge, identifyOwnSkills, careerPlanningConfidence } = command.data;
      requireSelfAssessmentPhase(phase);
      requireRating('selfKnowledge', selfKnowledge);
      requireRating('identifyOwnSkills', identifyOwnSkills);
      requireRating('careerPlanningConfidence', careerPlanningConfidence);
      // One baseline and one final rating, so the change between them means one thing;
      // "during" may be rated as often as the advisor finds useful.
      if (phase !== 'during' && state.selfAssessments.some((s) => s.phase === phase)) {
        throw refuse('PROFILE.SELF_ASSESSMENT_PHASE_ALREADY_RECORDED', { phase }, `The ${phase} self-assessment is already recorded.`);
      }
      return [
        {
          type: 'SelfAssessmentRecorded',
          data: { phase, selfKnowledge, identifyOwnSkills, careerPlanningConfidence, ...recorded(command.metadata) },
        },
      ];
    }

    case 'CompleteAssessment':
      if (state.completion && !state.completion.changedSinceCompletion) {
        throw refuse('PROFILE.ALREADY_COMPLETED', { completedAt: state.completion.completedAt });
      }
      return [{ type: 'AssessmentCompleted', data: recorded(command.metadata) }];

    case 'WriteProfileText': {
      // Whitespace at the ends is not the client's words; inside the text it is kept as written.
      const text = typeof command.data.text === 'string' ? command.data.text.trim() : command.data.text;
      requireText('text', text, PROFILE_TEXT_MAX);
      if (state.profileText?.text === text) return [];
      return [{ type: 'ProfileTextWritten', data: { text, ...recorded(command.metadata) } }];
    }
    case 'RemoveProfileText':
      return state.profileText ? [{ type: 'ProfileTextRemoved', data: recorded(command.metadata) }] : [];

    default:
      return assertNever(command);
  }
}

function findSkill(state: OpenSkillsProfile, skillId: string) {
  const skill = state.skills.find((s) => s.skillId === skillId);
  if (!skill) throw refuse('PROFILE.SKILL_NOT_FOUND', { skillId });
  return skill;
}

function findTarget(state: OpenSkillsProfile, targetId: string): ProfileTarget {
  const target = state.targets.find((t) => t.targetId === targetId);
  if (!target) throw refuse('PROFILE.TARGET_NOT_FOUND', { targetId });
  return target;
}

function findRequirement(target: ProfileTarget, requirementId: string): Requirement {
  const requirement = target.requirements.find((r) => r.requirementId === requirementId);
  if (!requirement) throw refuse('PROFILE.REQUIREMENT_NOT_FOUND', { targetId: target.targetId, requirementId });
  return requirement;
}

/**
 * One concept, one entry: a second skill naming the same ESCO concept, or with the same label
 * (ignoring case and accents), would split its proficiency and evidence and blur the gaps.
 */
function assertNotRecordedTwice(state: OpenSkillsProfile, skill: SkillFields): void {
  const label = normaliseText(skill.label);
  const existing = state.skills.find(
    (s) => s.skillId !== skill.skillId && ((skill.escoUri !== undefined && s.escoUri === skill.escoUri) || normaliseText(s.label) === label),
  );
  if (existing) throw refuse('PROFILE.SKILL_ALREADY_RECORDED', { skillId: existing.skillId });
}

function assertNewEntry(entries: ReadonlyArray<{ entryId: string }>, entryId: string): void {
  if (entries.some((e) => e.entryId === entryId)) throw refuse('PROFILE.ENTRY_ALREADY_EXISTS', { entryId });
}

function validateLicence(state: OpenSkillsProfile, licence: { licenceId: string; code: string; name: string; validUntil?: string }): void {
  requireId('licenceId', licence.licenceId);
  requireId('code', licence.code);
  requireText('name', licence.name);
  optionalCalendarDate('validUntil', licence.validUntil);
  if (state.licences.some((l) => l.licenceId === licence.licenceId)) throw refuse('PROFILE.LICENCE_ALREADY_EXISTS', { licenceId: licence.licenceId });
}

/** Given fields replace, `null` removes an optional field, absent fields stay. */
function applyChanges<T extends object>(current: T, changes: { [K in keyof T]?: T[K] | null }): T {
  const next = { ...current } as Record<string, unknown>;
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  return next as T;
}

/** Events are plain JSON: optional fields are absent, never `undefined`. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
