import { loadEscoCatalogue } from './esco-catalogue';
import type { EscoCatalogue, EscoIscoGroup, EscoOccupation, EscoSkill, EscoSkillCollection, EscoSkillGroup } from './esco-types';
import { createLabelIndex, type LabelMatch, type SearchOptions } from './label-search';

export interface OccupationSearchResult {
  conceptUri: string;
  preferredLabel: string;
  matchedLabel: string;
  match: LabelMatch;
  iscoGroup: string;
}

/** The profile's skill kind a shipped ESCO skill suggests when a person picks it. */
export type SuggestedSkillKind = 'language' | 'digital' | 'transversal' | 'knowledge';

export interface SkillSearchResult {
  conceptUri: string;
  preferredLabel: string;
  matchedLabel: string;
  match: LabelMatch;
  skillType: EscoSkill['skillType'];
  collections: EscoSkillCollection[];
  suggestedKind: SuggestedSkillKind;
}

export interface SkillSearchOptions extends SearchOptions {
  /** Only skills of this collection. */
  collection?: EscoSkillCollection;
}

export interface TaxonomySearch {
  searchOccupations(query: string, options?: SearchOptions): OccupationSearchResult[];
  searchSkills(query: string, options?: SkillSearchOptions): SkillSearchResult[];
  occupationByUri(conceptUri: string): EscoOccupation | undefined;
  skillByUri(conceptUri: string): EscoSkill | undefined;
  skillGroupByUri(conceptUri: string): EscoSkillGroup | undefined;
  iscoGroupByCode(code: string): EscoIscoGroup | undefined;
}

export function suggestedKindOf(skill: Pick<EscoSkill, 'collections' | 'skillType'>): SuggestedSkillKind {
  if (skill.collections.includes('language')) return 'language';
  if (skill.collections.includes('ict')) return 'digital';
  return skill.skillType === 'knowledge' ? 'knowledge' : 'transversal';
}

/** Pure search over a catalogue held in memory (labels are English: the shipped data has no other). */
export function createTaxonomySearch(catalogue: EscoCatalogue): TaxonomySearch {
  const occupationIndex = createLabelIndex(catalogue.occupations, (o) => ({ preferred: o.preferredLabel, alternatives: o.altLabels }));
  const skillIndexes = new Map(
    ([undefined, 'transversal', 'language', 'ict'] as const).map((collection) => [
      collection,
      createLabelIndex(
        catalogue.skills.filter((s) => collection === undefined || s.collections.includes(collection)),
        (s) => ({ preferred: s.preferredLabel, alternatives: s.altLabels }),
      ),
    ]),
  );
  const occupations = new Map(catalogue.occupations.map((o) => [o.conceptUri, o]));
  const skills = new Map(catalogue.skills.map((s) => [s.conceptUri, s]));
  const skillGroups = new Map(catalogue.skillGroups.map((g) => [g.conceptUri, g]));
  const iscoGroups = new Map(catalogue.iscoGroups.map((g) => [g.code, g]));

  return {
    searchOccupations(query, options) {
      return occupationIndex.search(query, options).map(({ item, matchedLabel, match }) => ({
        conceptUri: item.conceptUri,
        preferredLabel: item.preferredLabel,
        matchedLabel,
        match,
        iscoGroup: item.iscoGroup,
      }));
    },
    searchSkills(query, options = {}) {
      const index = skillIndexes.get(options.collection);
      if (!index) return [];
      return index.search(query, options).map(({ item, matchedLabel, match }) => ({
        conceptUri: item.conceptUri,
        preferredLabel: item.preferredLabel,
        matchedLabel,
        match,
        skillType: item.skillType,
        collections: item.collections,
        suggestedKind: suggestedKindOf(item),
      }));
    },
    occupationByUri: (uri) => occupations.get(uri),
    skillByUri: (uri) => skills.get(uri),
    skillGroupByUri: (uri) => skillGroups.get(uri),
    iscoGroupByCode: (code) => iscoGroups.get(code),
  };
}

let shipped: TaxonomySearch | undefined;

/** The search over the ESCO data shipped in data/esco, loaded on first use and kept. */
export function shippedTaxonomy(): TaxonomySearch {
  shipped ??= createTaxonomySearch(loadEscoCatalogue());
  return shipped;
}

export function searchOccupations(query: string, options?: SearchOptions): OccupationSearchResult[] {
  return shippedTaxonomy().searchOccupations(query, options);
}

export function searchSkills(query: string, options?: SkillSearchOptions): SkillSearchResult[] {
  return shippedTaxonomy().searchSkills(query, options);
}
