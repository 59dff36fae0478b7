import { statSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_ESCO_DATA_DIR, loadEscoCatalogue } from './esco-catalogue';
import { isEscoOccupationUri, isEscoSkillUri } from './esco-uri';
import { searchOccupations, searchSkills, shippedTaxonomy } from './taxonomy-search';

// These tests read the shipped JSON: they check the real data the service answers from.
describe('shipped ESCO data', () => {
  const catalogue = loadEscoCatalogue();

  it('holds every occupation, the three skill collections, skill groups and ISCO groups', () => {
    expect(catalogue.occupations).toHaveLength(2942);
    expect(catalogue.skills).toHaveLength(452); // 107 transversal + 345 language; the 21 ICT skills are transversal too
    expect(catalogue.skills.filter((s) => s.collections.includes('ict'))).toHaveLength(21);
    expect(catalogue.skillGroups).toHaveLength(673);
    expect(catalogue.iscoGroups.find((g) => g.code === '8344')?.preferredLabel).toBe('Lifting truck operators');
  });

  it('has well-formed URIs, ISCO codes and labels', () => {
    expect(catalogue.occupations.every((o) => isEscoOccupationUri(o.conceptUri) && /^\d{4}$/.test(o.iscoGroup))).toBe(true);
    expect(catalogue.skills.every((s) => isEscoSkillUri(s.conceptUri) && s.preferredLabel !== '')).toBe(true);
    // Multi-line quoted CSV fields were split into separate alternative labels, not kept whole.
    expect(catalogue.occupations.every((o) => o.altLabels.every((l) => !l.includes('\n')))).toBe(true);
  });

  it('stays under 5 MB in total', () => {
    const files = ['occupations.json', 'skills.json', 'skill-groups.json', 'isco-groups.json'];
    const total = files.reduce((sum, file) => sum + statSync(path.join(DEFAULT_ESCO_DATA_DIR, file)).size, 0);
    expect(total).toBeLessThan(5 * 1024 * 1024);
  });
});

describe('searchOccupations on the shipped data', () => {
  it('"forklift" finds the forklift operator first', () => {
    const [first] = searchOccupations('forklift');
    expect(first).toEqual({
      conceptUri: 'http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755',
      preferredLabel: 'forklift operator',
      matchedLabel: 'forklift operator',
      match: 'prefix',
      iscoGroup: '8344',
    });
  });

  it('"welder" finds the welder exactly, then the other welders', () => {
    const results = searchOccupations('Welder', { limit: 30 });
    expect(results[0]).toMatchObject({ preferredLabel: 'welder', match: 'exact', iscoGroup: '7212' });
    expect(results.map((r) => r.preferredLabel)).toEqual(
      expect.arrayContaining(['pipe welder', 'spot welder', 'laser beam welder', 'electron beam welder']),
    );
    // Exact and prefix matches on alternative labels ("laser beam welder" is also called
    // "welder") rank before the word-prefix match of "pipe welder".
    expect(results[1]).toMatchObject({ preferredLabel: 'laser beam welder', matchedLabel: 'welder', match: 'exact' });
    const pipe = results.findIndex((r) => r.preferredLabel === 'pipe welder');
    expect(results[pipe].match).toBe('word-prefix');
    expect(results.slice(0, pipe).every((r) => r.match === 'exact' || r.match === 'prefix')).toBe(true);
  });

  it('matches alternative labels and ignores diacritics', () => {
    expect(searchOccupations('lorry driver')[0].preferredLabel).toBe('cargo vehicle driver');
    expect(searchOccupations('facade cleaner').map((r) => r.preferredLabel)).toContain('building exterior cleaner');
  });

  it('honours the limit', () => {
    expect(searchOccupations('manager', { limit: 5 })).toHaveLength(5);
  });
});

describe('searchSkills on the shipped data', () => {
  it('finds transversal skills by alternative label', () => {
    const [first] = searchSkills('cooperate with colleagues');
    expect(first.preferredLabel).toBe('work in teams');
    expect(first.suggestedKind).toBe('transversal');
  });

  it('finds language skills and suggests the language kind', () => {
    const results = searchSkills('finnish');
    expect(results[0]).toMatchObject({ preferredLabel: 'Finnish', match: 'exact', suggestedKind: 'language', skillType: 'knowledge' });
    expect(results.map((r) => r.preferredLabel)).toEqual(expect.arrayContaining(['interact verbally in Finnish', 'write Finnish', 'understand spoken Finnish']));
  });

  it('filters by collection and suggests the digital kind for ICT skills', () => {
    const results = searchSkills('digital', { collection: 'ict' });
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.collections.includes('ict') && r.suggestedKind === 'digital')).toBe(true);
  });

  it('looks concepts up by URI', () => {
    const taxonomy = shippedTaxonomy();
    expect(taxonomy.skillByUri('http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0')?.preferredLabel).toBe('work in teams');
    expect(taxonomy.skillGroupByUri('http://data.europa.eu/esco/skill/S1.8.1')?.broaderUri).toBe('http://data.europa.eu/esco/skill/S1.8');
    expect(taxonomy.occupationByUri('http://data.europa.eu/esco/occupation/unknown')).toBeUndefined();
  });
});
