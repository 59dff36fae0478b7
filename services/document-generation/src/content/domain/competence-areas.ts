/**
 * Groups the skills profile into the CV's key competence areas. The rule, deterministic so the
 * same profile always gives the same CV:
 *
 * 1. Language skills never form an area (they have their own section with CEFR levels).
 * 2. A skill's area is its ESCO skill group when the caller resolved one (`skillGroup`: areas
 *    are keyed by the group code, else its label); otherwise its kind, and for kind `skill`
 *    also where it was gained: work, studies, or other (hobby, volunteering, everyday life).
 * 3. Digital skills have their own CV section, so they form an area only when the other skills
 *    give fewer than three areas (the CV then shows no separate digital section).
 * 4. Areas are ranked by the sum of their skills' proficiencies, then by skill count, then by
 *    key. More than five: the top four stay and the rest merge into one "other" area.
 *    Fewer than three remain only when the profile has fewer than three groups: the builder
 *    does not invent areas the profile does not support.
 * 5. Within an area skills go strongest first, those with evidence before those without, then
 *    by label. The first three are the area's examples; the rest (at most eight) are listed
 *    by label.
 */
import type { CompetenceArea } from './document-model';
import type { DocumentLanguage, GainedIn, SkillInput } from './profile-input';
import { LABELS, type AreaKey } from '../../templates/labels';
import { collapseWhitespace, truncateText } from './text-utils';

export const MIN_AREAS = 3;
export const MAX_AREAS = 5;
export const MAX_EXAMPLES_PER_AREA = 3;
export const MAX_OTHER_SKILLS_PER_AREA = 8;
/** Evidence longer than this is shortened at a sentence or word boundary. */
export const MAX_EVIDENCE_CHARS = 220;

interface Group {
  key: string;
  heading: string;
  skills: SkillInput[];
}

const originOf = (gainedIn: GainedIn): 'work' | 'studies' | 'other' =>
  gainedIn === 'work' || gainedIn === 'studies' ? gainedIn : 'other';

function areaKeyOf(skill: SkillInput): AreaKey {
  return skill.kind === 'skill' ? `skill/${originOf(skill.gainedIn)}` : (skill.kind as AreaKey);
}

function groupOf(skill: SkillInput, language: DocumentLanguage): { key: string; heading: string } {
  if (skill.skillGroup && collapseWhitespace(skill.skillGroup.label) !== '') {
    const heading = collapseWhitespace(skill.skillGroup.label);
    return { key: `esco:${skill.skillGroup.code ?? heading.toLowerCase()}`, heading };
  }
  const key = areaKeyOf(skill);
  return { key: `kind:${key}`, heading: LABELS[language].areaHeadings[key] };
}

function groupSkills(skills: readonly SkillInput[], language: DocumentLanguage): Group[] {
  const groups = new Map<string, Group>();
  for (const skill of skills) {
    const { key, heading } = groupOf(skill, language);
    const group = groups.get(key) ?? { key, heading, skills: [] };
    group.skills.push(skill);
    groups.set(key, group);
  }
  return [...groups.values()];
}

const weightOf = (group: Group) => group.skills.reduce((sum, skill) => sum + skill.proficiency, 0);

function compareGroups(a: Group, b: Group): number {
  return weightOf(b) - weightOf(a) || b.skills.length - a.skills.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

export function compareSkills(a: SkillInput, b: SkillInput): number {
  const evidence = (skill: SkillInput) => (skill.evidence && skill.evidence.trim() !== '' ? 1 : 0);
  return b.proficiency - a.proficiency || evidence(b) - evidence(a) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
}

function toArea(group: Group, language: DocumentLanguage): CompetenceArea {
  const ordered = [...group.skills].sort(compareSkills);
  const labels = LABELS[language];
  return {
    key: group.key,
    heading: group.heading,
    examples: ordered.slice(0, MAX_EXAMPLES_PER_AREA).map((skill) => ({
      skill: collapseWhitespace(skill.label),
      level: labels.proficiency[skill.proficiency],
      proficiency: skill.proficiency,
      ...(skill.evidence && skill.evidence.trim() !== '' ? { evidence: truncateText(skill.evidence, MAX_EVIDENCE_CHARS) } : {}),
    })),
    otherSkills: ordered
      .slice(MAX_EXAMPLES_PER_AREA, MAX_EXAMPLES_PER_AREA + MAX_OTHER_SKILLS_PER_AREA)
      .map((skill) => collapseWhitespace(skill.label)),
  };
}

export interface CompetenceAreasResult {
  areas: CompetenceArea[];
  /** True when digital skills were needed to reach three areas (rule 3). */
  digitalInAreas: boolean;
}

export function groupCompetenceAreas(skills: readonly SkillInput[], language: DocumentLanguage): CompetenceAreasResult {
  const withoutLanguages = skills.filter((skill) => skill.kind !== 'language');
  const digital = withoutLanguages.filter((skill) => skill.kind === 'digital');
  let groups = groupSkills(
    withoutLanguages.filter((skill) => skill.kind !== 'digital'),
    language,
  );
  const digitalInAreas = groups.length < MIN_AREAS && digital.length > 0;
  if (digitalInAreas) groups = groupSkills([...withoutLanguages.filter((s) => s.kind !== 'digital'), ...digital], language);

  groups.sort(compareGroups);
  if (groups.length > MAX_AREAS) {
    const kept = groups.slice(0, MAX_AREAS - 1);
    const rest = groups.slice(MAX_AREAS - 1).flatMap((group) => group.skills);
    groups = [...kept, { key: 'kind:other', heading: LABELS[language].areaHeadings.other, skills: rest }];
  }
  return { areas: groups.map((group) => toArea(group, language)), digitalInAreas };
}
