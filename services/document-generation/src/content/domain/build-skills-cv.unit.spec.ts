import { buildSkillsCv, municipalityNameOf } from './build-skills-cv';
import { groupCompetenceAreas } from './competence-areas';
import { DOCUMENT_LANGUAGES, type SkillInput } from './profile-input';
import { sampleCvInput } from '../../test-support/sample-client';
import { LABELS } from '../../templates/labels';

const skill = (label: string, fields: Partial<SkillInput> = {}): SkillInput => ({
  label,
  kind: 'skill',
  proficiency: 3,
  gainedIn: 'work',
  ...fields,
});

describe('the municipality in a document', () => {
  it("is the name in the document's language, from a code, a former code or a name; anything else as it is", () => {
    expect(['fi', 'sv', 'en'].map((language) => municipalityNameOf('564', language as 'fi'))).toEqual(['Oulu', 'Uleåborg', 'Oulu']);
    expect(municipalityNameOf('Åbo', 'fi')).toBe('Turku');
    expect(municipalityNameOf('084', 'sv')).toBe('Uleåborg');
    expect(municipalityNameOf('Kuopio', 'sv')).toBe('Kuopio');
    expect(municipalityNameOf('Kunta X', 'sv')).toBe('Kunta X');
  });
});

describe('buildSkillsCv', () => {
  describe.each(DOCUMENT_LANGUAGES)('in %s', (language) => {
    const cv = buildSkillsCv(sampleCvInput(language));
    const labels = LABELS[language];

    it('has the name, the contact details and the language-specific headings and metadata', () => {
      // The municipality, kept as its code (092), prints as its name in the document's language.
      expect(cv.person).toEqual({ fullName: 'Mikko Häkkinen', contactItems: ['mikko.hakkinen@example.fi', '040 123 4567', language === 'sv' ? 'Vanda' : 'Vantaa'] });
      expect(cv.documentLabel).toBe(labels.cvLabel);
      expect(cv.meta.title).toBe(`${labels.cvLabel} – Mikko Häkkinen`);
      expect(cv.meta.languageTag).toBe(labels.languageTag);
      expect(cv.meta.createdAt).toBe('2026-11-28T10:15:00.000Z');
      expect(cv.profile.heading).toBe(labels.sections.profile);
      expect(cv.competenceAreas.heading).toBe(labels.sections.competenceAreas);
      expect(cv.workHistory?.heading).toBe(labels.sections.workHistory);
      expect(cv.education?.heading).toBe(labels.sections.education);
      expect(cv.licences?.heading).toBe(labels.sections.licences);
      expect(cv.languages?.heading).toBe(labels.sections.languages);
      expect(cv.digitalSkills?.heading).toBe(labels.sections.digitalSkills);
      expect(cv.interests?.heading).toBe(labels.sections.interests);
    });

    it('groups the skills into three to five competence areas, each with one to three examples from the evidence', () => {
      const areas = cv.competenceAreas.items;
      expect(areas.length).toBeGreaterThanOrEqual(3);
      expect(areas.length).toBeLessThanOrEqual(5);
      for (const area of areas) {
        expect(area.heading).not.toBe('');
        expect(area.examples.length).toBeGreaterThanOrEqual(1);
        expect(area.examples.length).toBeLessThanOrEqual(3);
      }
      expect(areas[0]!.heading).toBe(labels.areaHeadings['skill/work']);
      expect(areas[0]!.examples.map((example) => example.evidence).join(' ')).toMatch(/140/);
      // Languages and (here) digital skills have their own sections, not areas.
      expect(areas.map((area) => area.key)).not.toContain('kind:language');
      expect(areas.map((area) => area.key)).not.toContain('kind:digital');
    });

    it('lists work history latest first with periods, languages with CEFR levels, licences with validity', () => {
      expect(cv.workHistory!.items.map((entry) => entry.period)).toEqual(['2019–2025', '2017–2019', '2015–2016']);
      expect(cv.languages!.items[0]).toMatchObject({ cefrLevel: 'C2', detail: `C2 – ${labels.cefrBands.C}` });
      const hygiene = cv.licences!.items[1]!;
      expect(hygiene.detail).toBe(
        { fi: 'voimassa 31.5.2029 asti', sv: 'giltigt till 31 maj 2029', en: 'valid until 31 May 2029' }[language],
      );
      expect(cv.updated).toBe({ fi: 'Päivitetty 28.11.2026', sv: 'Uppdaterad 28 november 2026', en: 'Updated 28 November 2026' }[language]);
    });

    it('names the RIASEC interest types in the language', () => {
      expect(cv.interests!.text).toContain(labels.riasec.R);
      expect(cv.interests!.text).toContain(labels.riasec.C);
    });
  });

  it('writes a profile text from the strongest skills and the latest job when the client wrote none', () => {
    const input = sampleCvInput('fi');
    delete input.profile.summary;
    const cv = buildSkillsCv(input);
    expect(cv.profile.text).toBe(
      'Osaamiseni painottuu seuraaviin alueisiin: keräily ja lähetysten kokoaminen, perehdyttäminen ja tiimityö, kylmäketjun hallinta ja junioreiden jalkapallovalmennus. Viimeisin tehtäväni: Varastotyöntekijä, Logistiikka Pohjola Oy.',
    );
  });

  it('leaves out sections the profile has nothing for', () => {
    const input = sampleCvInput('en');
    input.profile = { skills: input.profile.skills.filter((s) => s.kind !== 'language'), experience: [], education: [], licences: [] };
    const cv = buildSkillsCv(input);
    expect(cv.workHistory).toBeUndefined();
    expect(cv.education).toBeUndefined();
    expect(cv.licences).toBeUndefined();
    expect(cv.languages).toBeUndefined();
    expect(cv.interests).toBeUndefined();
  });

  it('prints an ongoing job as ongoing', () => {
    const input = sampleCvInput('sv');
    input.profile.experience = [{ title: 'Lagerarbetare', employer: 'X Ab', startYear: 2024 }];
    expect(buildSkillsCv(input).workHistory!.items[0]!.period).toBe('2024–nu');
  });
});

describe('groupCompetenceAreas (the grouping rule)', () => {
  it('groups by ESCO skill group when the caller resolved one, keyed by its code', () => {
    const { areas } = groupCompetenceAreas(
      [
        skill('a', { skillGroup: { code: 'S8.1', label: 'koneiden käyttö' } }),
        skill('b', { skillGroup: { code: 'S8.1', label: 'koneiden käyttö' } }),
        skill('c', { kind: 'transversal' }),
        skill('d', { kind: 'knowledge' }),
      ],
      'fi',
    );
    expect(areas.map((area) => [area.key, area.heading])).toEqual([
      ['esco:S8.1', 'koneiden käyttö'],
      ['kind:knowledge', 'Tietämys'],
      ['kind:transversal', 'Vuorovaikutus- ja työelämätaidot'],
    ]);
  });

  it('splits practical skills by where they were gained and ranks areas by total proficiency', () => {
    const { areas } = groupCompetenceAreas(
      [
        skill('work 1', { proficiency: 2 }),
        skill('study 1', { gainedIn: 'studies', proficiency: 4 }),
        skill('study 2', { gainedIn: 'studies', proficiency: 1 }),
        skill('hobby 1', { gainedIn: 'hobby', proficiency: 1 }),
        skill('volunteer 1', { gainedIn: 'volunteering', proficiency: 1 }),
      ],
      'en',
    );
    expect(areas.map((area) => area.key)).toEqual(['kind:skill/studies', 'kind:skill/other', 'kind:skill/work']);
  });

  it('takes digital skills in as an area only when the rest give fewer than three', () => {
    const digital = skill('Excel', { kind: 'digital' });
    const two = groupCompetenceAreas([skill('a'), skill('b', { kind: 'knowledge' }), digital], 'en');
    expect(two.digitalInAreas).toBe(true);
    expect(two.areas.map((area) => area.key)).toContain('kind:digital');
    const three = groupCompetenceAreas([skill('a'), skill('b', { kind: 'knowledge' }), skill('c', { kind: 'transversal' }), digital], 'en');
    expect(three.digitalInAreas).toBe(false);
    expect(three.areas).toHaveLength(3);
  });

  it('keeps the top four and merges the rest into "other" when there are more than five groups', () => {
    const skills = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6'].map((code, index) =>
      skill(`skill ${code}`, { proficiency: (4 - Math.min(index, 3)) as 1 | 2 | 3 | 4, skillGroup: { code, label: `group ${code}` } }),
    );
    const { areas } = groupCompetenceAreas(skills, 'sv');
    expect(areas).toHaveLength(5);
    expect(areas.slice(0, 4).map((area) => area.key)).toEqual(['esco:S1', 'esco:S2', 'esco:S3', 'esco:S4']);
    expect(areas[4]).toMatchObject({ key: 'kind:other', heading: 'Övrigt kunnande' });
    expect(areas[4]!.examples.map((example) => example.skill)).toEqual(['skill S5', 'skill S6']);
  });

  it('puts the strongest skills with evidence first and lists the rest by label', () => {
    const { areas } = groupCompetenceAreas(
      [skill('b', { proficiency: 4 }), skill('a', { proficiency: 4, evidence: 'did a' }), skill('c', { proficiency: 2 }), skill('d', { proficiency: 1 })],
      'en',
    );
    expect(areas[0]!.examples.map((example) => example.skill)).toEqual(['a', 'b', 'c']);
    expect(areas[0]!.otherSkills).toEqual(['d']);
  });

  it('invents no areas for a thin profile', () => {
    expect(groupCompetenceAreas([skill('only one')], 'fi').areas).toHaveLength(1);
    expect(groupCompetenceAreas([], 'fi').areas).toHaveLength(0);
  });
});
