import { normaliseText } from '../../taxonomy/domain/normalise-text';
import type { Requirement, SkillFields } from './skills-profile.events';
import type { OpenSkillsProfile } from './skills-profile.state';

export type GapSkill = Pick<SkillFields, 'skillId' | 'label' | 'escoUri' | 'proficiency'>;

export interface MatchedRequirement {
  requirement: Requirement;
  skill: GapSkill;
  matchedBy: 'escoUri' | 'label';
  /** requiredProficiency - proficiency when positive, else 0. */
  shortfall: number;
}

export interface GapAnalysis {
  /** A matching skill at or above the required proficiency. */
  met: MatchedRequirement[];
  /** A matching skill, but below the required proficiency. */
  partlyMet: MatchedRequirement[];
  /** No matching skill. */
  missing: Requirement[];
}

/**
 * Compares a client's skills with a target's requirements; computed on reading, never stored
 * as a decision. A requirement matches a skill that names the same ESCO concept; failing that,
 * a skill whose label is the same ignoring case, accents and punctuation, unless both name
 * ESCO concepts and they differ (different concepts that happen to share words). When several
 * skills match in the same way, the most proficient counts. Requirements keep their order.
 */
export function analyseGaps(skills: readonly GapSkill[], requirements: readonly Requirement[]): GapAnalysis {
  const result: GapAnalysis = { met: [], partlyMet: [], missing: [] };
  for (const requirement of requirements) {
    const match = matchRequirement(skills, requirement);
    if (!match) {
      result.missing.push(requirement);
      continue;
    }
    const shortfall = Math.max(0, requirement.requiredProficiency - match.skill.proficiency);
    const matched: MatchedRequirement = { requirement, skill: match.skill, matchedBy: match.matchedBy, shortfall };
    (shortfall === 0 ? result.met : result.partlyMet).push(matched);
  }
  return result;
}

function matchRequirement(skills: readonly GapSkill[], requirement: Requirement): { skill: GapSkill; matchedBy: 'escoUri' | 'label' } | undefined {
  if (requirement.escoUri !== undefined) {
    const byUri = mostProficient(skills.filter((s) => s.escoUri === requirement.escoUri));
    if (byUri) return { skill: byUri, matchedBy: 'escoUri' };
  }
  const label = normaliseText(requirement.label);
  const byLabel = mostProficient(
    skills.filter(
      (s) =>
        normaliseText(s.label) === label &&
        !(s.escoUri !== undefined && requirement.escoUri !== undefined && s.escoUri !== requirement.escoUri),
    ),
  );
  return byLabel ? { skill: byLabel, matchedBy: 'label' } : undefined;
}

function mostProficient(skills: readonly GapSkill[]): GapSkill | undefined {
  return skills.reduce<GapSkill | undefined>((best, s) => (!best || s.proficiency > best.proficiency ? s : best), undefined);
}

/** The gaps of every target of a profile, in target order. */
export function analyseProfileGaps(profile: Pick<OpenSkillsProfile, 'skills' | 'targets'>): Array<{ targetId: string; gaps: GapAnalysis }> {
  return profile.targets.map((target) => ({ targetId: target.targetId, gaps: analyseGaps(profile.skills, target.requirements) }));
}
