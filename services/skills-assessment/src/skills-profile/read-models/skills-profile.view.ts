import { isErased } from '@career/privacy';
import { RIASEC_TYPE_NAMES, type RiasecType } from '../../interest-inventory/domain/riasec-items';
import { analyseGaps, type GapAnalysis, type MatchedRequirement } from '../domain/gap-analysis';
import { selfAssessmentTrend } from '../domain/self-assessment-trend';
import type { OpenSkillsProfile, ProfileTarget } from '../domain/skills-profile.state';

/**
 * A free-text personal field as shown: the text, or nothing plus `<field>Erased: true` once the
 * client's key was destroyed (the event still exists; its text can no longer be read).
 */
type PersonalText<Field extends string> = Partial<Record<Field, string>> & Partial<Record<`${Field}Erased`, true>>;

function personalText<Field extends string>(field: Field, value: unknown): PersonalText<Field> {
  if (value === undefined) return {};
  if (isErased(value)) return { [`${field}Erased`]: true } as PersonalText<Field>;
  return { [field]: value as string } as PersonalText<Field>;
}

/** A matched requirement names the skill that met it (no evidence: the skill itself is listed in `skills`). */
function matched({ requirement, skill, matchedBy, shortfall }: MatchedRequirement) {
  return {
    requirement,
    skill: { skillId: skill.skillId, label: skill.label, ...(skill.escoUri !== undefined && { escoUri: skill.escoUri }), proficiency: skill.proficiency },
    matchedBy,
    shortfall,
  };
}

function targetView(target: ProfileTarget, profile: OpenSkillsProfile) {
  const gaps: GapAnalysis = analyseGaps(profile.skills, target.requirements);
  return {
    ...target,
    gaps: { met: gaps.met.map(matched), partlyMet: gaps.partlyMet.map(matched), missing: gaps.missing },
  };
}

export type SkillsProfileView = ReturnType<typeof toSkillsProfileView>;

/**
 * What the profile API shows (decrypted): the profile, the interest scores and code, the gaps
 * per target (computed on reading, never stored) and the self-assessment trend, with the
 * stream revision it reflects.
 */
export function toSkillsProfileView(profile: OpenSkillsProfile, revision: number) {
  const { interestInventory, completion } = profile;
  return {
    clientId: profile.clientId,
    organisation: profile.organisation,
    language: profile.language,
    openedAt: profile.openedAt,
    revision,
    skills: profile.skills.map(({ evidence, ...skill }) => ({ ...skill, ...personalText('evidence', evidence) })),
    workExperience: profile.workExperience.map(({ description, ...entry }) => ({ ...entry, ...personalText('description', description) })),
    education: profile.education.map(({ description, ...entry }) => ({ ...entry, ...personalText('description', description) })),
    licences: profile.licences,
    interestInventory: interestInventory
      ? {
          ...interestInventory,
          codeTypes: [...interestInventory.code].map((type) => ({ type, name: RIASEC_TYPE_NAMES[type as RiasecType][profile.language] })),
        }
      : null,
    targets: profile.targets.map((target) => targetView(target, profile)),
    selfAssessments: profile.selfAssessments,
    selfAssessmentTrend: selfAssessmentTrend(profile.selfAssessments),
    completion: completion ?? null,
    // The client's profile in their own words: what a CV prints as its profile paragraph.
    profileText: profile.profileText
      ? { ...personalText('text', profile.profileText.text), recordedBy: profile.profileText.recordedBy, writtenAt: profile.profileText.writtenAt }
      : null,
  };
}
