/**
 * Matches a vacancy's stated requirements against the profile: skill labels, job titles,
 * education titles and licence names. Case- and diacritics-insensitive (both sides are folded:
 * NFD, combining marks dropped, lower case, punctuation to spaces). A requirement is met by a
 * profile entry when, after folding:
 *
 * 1. one contains the other (the shorter at least 4 characters), e.g. "Trukkikortti" and
 *    "trukkikortti"; or
 * 2. a significant word of each (3+ characters, not a generic word such as "kokemus",
 *    "experience", "kunskap") is the same ("SAP-osaaminen" ~ "SAP EWM"), or both words share
 *    a common beginning of at least 75 % of the shorter one and at least 5 characters. This is
 *    a cheap stand-in for stemming, so Finnish and Swedish inflections and compounds meet:
 *    "varastotyöstä" ~ "varastotyöntekijä", "asiakaspalveluasenne" ~ "asiakaspalvelu", but
 *    "varastonhallinta" !~ "varastotyö".
 */
import type { ProfileInput } from './profile-input';
import type { RequirementMatch } from './document-model';
import { collapseWhitespace } from './text-utils';

/** Generic words of requirement phrases that say nothing about the competence itself (folded). */
const GENERIC_WORDS = new Set([
  // fi
  'kokemus', 'kokemusta', 'kokemuksen', 'osaaminen', 'osaamista', 'osaamisen', 'taito', 'taidot', 'taitoa', 'taitoja',
  'hyva', 'hyvat', 'hyvaa', 'erinomainen', 'erinomaiset', 'vahva', 'vahvaa', 'tuntemus', 'tuntemusta', 'kyky', 'kykya',
  'halu', 'halua', 'valmius', 'valmiutta', 'perustaidot', 'eduksi', 'lisaksi', 'seka', 'tyosta', 'tyohon', 'tehtavista',
  // sv
  'erfarenhet', 'kunskap', 'kunskaper', 'formaga', 'god', 'goda', 'gott', 'mycket', 'utmarkt', 'vana', 'meriterande',
  'inom', 'eller', 'samt',
  // en
  'experience', 'knowledge', 'skill', 'skills', 'ability', 'good', 'strong', 'excellent', 'proven', 'with', 'working',
  'advantage', 'plus',
  // short function words (3 letters are significant otherwise, for acronyms such as SAP or ERP)
  'tai', 'kun', 'jos', 'och', 'att', 'som', 'med', 'for', 'and', 'the', 'you', 'are', 'can', 'per',
]);

/** Shortest significant word; also the shortest label that counts when contained in another. */
const MIN_WORD = 3;
const MIN_CONTAINED = 4;
const MIN_SHARED_PREFIX = 5;
const SHARED_PREFIX_SHARE = 0.75;

/** Folds for comparison: "Työturvallisuuskortti!" -> "tyoturvallisuuskortti". */
export function foldForMatching(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const significantWords = (folded: string) =>
  folded.split(' ').filter((word) => word.length >= MIN_WORD && !GENERIC_WORDS.has(word));

function sharedPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function wordsMeet(a: string, b: string): boolean {
  const needed = Math.max(MIN_SHARED_PREFIX, Math.ceil(SHARED_PREFIX_SHARE * Math.min(a.length, b.length)));
  return a === b || sharedPrefixLength(a, b) >= needed;
}

export function requirementMatches(requirement: string, candidate: string): boolean {
  const r = foldForMatching(requirement);
  const c = foldForMatching(candidate);
  if (r === '' || c === '') return false;
  const [shorter, longer] = r.length <= c.length ? [r, c] : [c, r];
  if (shorter.length >= MIN_CONTAINED && longer.includes(shorter)) return true;
  const candidateWords = significantWords(c);
  return significantWords(r).some((word) => candidateWords.some((other) => wordsMeet(word, other)));
}

/** A profile entry a requirement can be met by. */
export interface MatchCandidate {
  label: string;
  source: 'skill' | 'experience' | 'education' | 'licence';
  evidence?: string;
}

export function matchCandidatesOf(profile: ProfileInput): MatchCandidate[] {
  return [
    ...profile.skills.map((skill): MatchCandidate => ({
      label: collapseWhitespace(skill.label),
      source: 'skill',
      ...(skill.evidence ? { evidence: skill.evidence } : {}),
    })),
    ...profile.licences.map((licence): MatchCandidate => ({ label: collapseWhitespace(licence.name), source: 'licence' })),
    ...profile.experience.map((job): MatchCandidate => ({
      label: collapseWhitespace(job.title),
      source: 'experience',
      ...(job.description ? { evidence: job.description } : {}),
    })),
    ...profile.education.map((entry): MatchCandidate => ({ label: collapseWhitespace(entry.title), source: 'education' })),
  ];
}

export interface MatchResult {
  matched: RequirementMatch[];
  unmatched: string[];
  /** The first evidence text of each matched requirement, in requirement order, without repeats. */
  evidence: string[];
}

/**
 * Matches each requirement. With no stated requirements, the skills whose label occurs in the
 * advertisement text count as the matched requirements (the label stands for the requirement).
 */
export function matchRequirements(requirements: readonly string[], profile: ProfileInput, advertisementText?: string): MatchResult {
  const candidates = matchCandidatesOf(profile);
  const stated = requirements.map(collapseWhitespace).filter((requirement) => requirement !== '');
  if (stated.length === 0 && advertisementText) {
    const advertisement = ` ${foldForMatching(advertisementText)} `;
    const found = candidates.filter((candidate) => {
      const folded = foldForMatching(candidate.label);
      return candidate.source === 'skill' && folded.length >= MIN_CONTAINED && advertisement.includes(` ${folded}`);
    });
    return summarise(found.map((candidate) => ({ requirement: candidate.label, by: [candidate] })), []);
  }
  const results = stated.map((requirement) => ({
    requirement,
    by: candidates.filter((candidate) => requirementMatches(requirement, candidate.label)),
  }));
  return summarise(
    results.filter((result) => result.by.length > 0),
    results.filter((result) => result.by.length === 0).map((result) => result.requirement),
  );
}

function summarise(matched: Array<{ requirement: string; by: MatchCandidate[] }>, unmatched: string[]): MatchResult {
  const evidence: string[] = [];
  for (const result of matched) {
    // One example per requirement (skills come first among candidates), so a few examples cover several requirements.
    const text = result.by
      .map((candidate) => (candidate.evidence ? collapseWhitespace(candidate.evidence) : ''))
      .find((candidateText) => candidateText !== '' && !evidence.includes(candidateText));
    if (text) evidence.push(text);
  }
  return {
    matched: matched.map((result) => ({ requirement: result.requirement, matchedBy: [...new Set(result.by.map((c) => c.label))] })),
    unmatched,
    evidence,
  };
}
