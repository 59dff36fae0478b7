import { isEscoOccupationUri, isEscoSkillUri } from './esco-uri';

describe('ESCO URIs', () => {
  it('accepts skill concepts and skill groups under /esco/skill/', () => {
    expect(isEscoSkillUri('http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0')).toBe(true);
    expect(isEscoSkillUri('http://data.europa.eu/esco/skill/S1.8.1')).toBe(true);
    expect(isEscoSkillUri('http://data.europa.eu/esco/skill/A1.10')).toBe(true);
  });

  it('refuses other forms as skills', () => {
    expect(isEscoSkillUri('https://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0')).toBe(false);
    expect(isEscoSkillUri('http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755')).toBe(false);
    expect(isEscoSkillUri('http://data.europa.eu/esco/skill/not a uri')).toBe(false);
    expect(isEscoSkillUri('welding')).toBe(false);
  });

  it('accepts occupations only under /esco/occupation/ with a UUID', () => {
    expect(isEscoOccupationUri('http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755')).toBe(true);
    expect(isEscoOccupationUri('http://data.europa.eu/esco/skill/eeac6251-1974-42f5-91ed-513c6c883755')).toBe(false);
    expect(isEscoOccupationUri('http://data.europa.eu/esco/occupation/forklift')).toBe(false);
  });
});
