import { loadEscoCatalogue } from '../../taxonomy/domain/esco-catalogue';
import { CURATED_OCCUPATIONS, curatedOccupation, curatedRequirements } from './occupation-requirements';

// Checked against the shipped ESCO data, so no URI in the curated list is invented.
const catalogue = loadEscoCatalogue();
const occupations = new Map(catalogue.occupations.map((o) => [o.conceptUri, o]));
const skills = new Map(catalogue.skills.map((s) => [s.conceptUri, s]));

describe('curated occupation requirements', () => {
  it('cover at least 20 occupations, each once', () => {
    expect(CURATED_OCCUPATIONS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(CURATED_OCCUPATIONS.map((o) => o.occupationUri)).size).toBe(CURATED_OCCUPATIONS.length);
    expect(new Set(CURATED_OCCUPATIONS.map((o) => o.key)).size).toBe(CURATED_OCCUPATIONS.length);
  });

  it.each(CURATED_OCCUPATIONS.map((o) => [o.key, o] as const))('%s names a shipped ESCO occupation by its preferred label', (_key, entry) => {
    expect(occupations.get(entry.occupationUri)?.preferredLabel).toBe(entry.occupationLabel);
  });

  it.each(CURATED_OCCUPATIONS.map((o) => [o.key, o] as const))('%s lists 5-10 essential skills with unique keys, labels in fi/sv/en and proficiency 1-4', (_key, entry) => {
    expect(entry.essentialSkills.length).toBeGreaterThanOrEqual(5);
    expect(entry.essentialSkills.length).toBeLessThanOrEqual(10);
    const keys = entry.essentialSkills.map(({ skill }) => skill.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const { skill, requiredProficiency } of entry.essentialSkills) {
      expect([1, 2, 3, 4]).toContain(requiredProficiency);
      expect(skill.label.en.trim()).not.toBe('');
      expect(skill.label.fi.trim()).not.toBe('');
      expect(skill.label.sv.trim()).not.toBe('');
    }
  });

  it('gives an ESCO URI only to skills of the shipped collections, with ESCO\'s English label', () => {
    const withUri = CURATED_OCCUPATIONS.flatMap((o) => o.essentialSkills.map(({ skill }) => skill)).filter((s) => s.escoUri !== undefined);
    expect(withUri.length).toBeGreaterThan(0);
    for (const skill of withUri) {
      expect({ uri: skill.escoUri, label: skills.get(skill.escoUri!)?.preferredLabel }).toEqual({ uri: skill.escoUri, label: skill.label.en });
    }
  });

  it('gives one skill key one meaning across occupations', () => {
    const byKey = new Map<string, string>();
    for (const { skill } of CURATED_OCCUPATIONS.flatMap((o) => o.essentialSkills)) {
      const meaning = JSON.stringify([skill.label, skill.escoUri]);
      expect(byKey.get(skill.key) ?? meaning).toBe(meaning);
      byKey.set(skill.key, meaning);
    }
  });

  it('turns an occupation into requirements in the asked language', () => {
    const forklift = 'http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755';
    expect(curatedOccupation(forklift)?.commonNames.fi).toBe('trukinkuljettaja');
    expect(curatedRequirements(forklift, 'sv')?.[0]).toEqual({ requirementId: 'drive-a-forklift', label: 'köra truck', requiredProficiency: 3 });
    expect(curatedRequirements('http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34', 'fi')).toBeUndefined();
  });
});
