import {
  ALL_MUNICIPALITIES,
  ALL_REGIONS,
  CLASSIFICATION_YEAR,
  CLASSIFICATION_YEARS,
  classificationOfYear,
  FORMER_MUNICIPALITIES,
  municipalityByCode,
  nameOf,
  normaliseMunicipalityName,
  regionByCode,
  regionOf,
  resolveMunicipality,
} from './index';

describe('the classification shipped', () => {
  it('is the 2026 one, 308 municipalities, with 2025 alongside (also 308: no merger took effect on 1 January 2026)', () => {
    expect(CLASSIFICATION_YEAR).toBe(2026);
    expect(CLASSIFICATION_YEARS).toEqual([2025, 2026]);
    expect(ALL_MUNICIPALITIES).toHaveLength(308);
    expect(classificationOfYear(2025)?.municipalities).toHaveLength(308);
    expect(classificationOfYear(2026)?.municipalities).toHaveLength(308);
    expect(classificationOfYear(2024)).toBeUndefined();
    expect(classificationOfYear(2025)?.municipalities).toEqual(classificationOfYear(2026)?.municipalities);
    expect(classificationOfYear(2025)?.validFrom).toBe('2025-01-01');
  });

  it('has 19 regions: 18 in mainland Finland and Åland (21)', () => {
    expect(ALL_REGIONS).toHaveLength(19);
    expect(ALL_REGIONS.map((r) => r.code)).toEqual([
      '01', '02', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '21',
    ]);
    expect(regionByCode('21')).toEqual({ code: '21', nameFi: 'Ahvenanmaa', nameSv: 'Åland', nameEn: 'Åland' });
    expect(regionByCode('03')).toBeUndefined();
    for (const region of ALL_REGIONS) expect(region.nameFi && region.nameSv && region.nameEn).toBeTruthy();
  });

  it('puts every municipality in exactly one known region, and every region has municipalities', () => {
    for (const municipality of ALL_MUNICIPALITIES) {
      expect(municipality.code).toMatch(/^\d{3}$/);
      expect(regionOf(municipality.code)?.code).toBe(municipality.regionCode);
    }
    expect(new Set(ALL_MUNICIPALITIES.map((m) => m.code)).size).toBe(308);
    const perRegion = new Map(ALL_REGIONS.map((r) => [r.code, ALL_MUNICIPALITIES.filter((m) => m.regionCode === r.code).length]));
    expect([...perRegion.values()].every((n) => n > 0)).toBe(true);
    expect(perRegion.get('21')).toBe(16);
    expect(perRegion.get('01')).toBe(26);
  });

  it.each([
    ['091', 'Helsinki', 'Helsingfors', '01', 'Uusimaa'],
    ['564', 'Oulu', 'Uleåborg', '17', 'Pohjois-Pohjanmaa'],
    ['905', 'Vaasa', 'Vasa', '15', 'Pohjanmaa'],
    ['478', 'Maarianhamina', 'Mariehamn', '21', 'Ahvenanmaa'],
    ['240', 'Kemi', undefined, '19', 'Lappi'],
    ['638', 'Porvoo', 'Borgå', '01', 'Uusimaa'],
    ['853', 'Turku', 'Åbo', '02', 'Varsinais-Suomi'],
    ['049', 'Espoo', 'Esbo', '01', 'Uusimaa'],
    ['599', 'Pedersören kunta', 'Pedersöre', '15', 'Pohjanmaa'],
    ['507', 'Mäntyharju', undefined, '10', 'Etelä-Savo'],
    ['090', 'Heinävesi', undefined, '12', 'Pohjois-Karjala'],
    ['152', 'Isokyrö', 'Storkyro', '14', 'Etelä-Pohjanmaa'],
  ])('knows %s %s / %s in region %s %s', (code, nameFi, nameSv, regionCode, regionName) => {
    const municipality = municipalityByCode(code);
    expect(municipality).toEqual({ code, nameFi, ...(nameSv ? { nameSv } : {}), regionCode });
    expect(regionOf(code)?.nameFi).toBe(regionName);
  });
});

describe('resolveMunicipality', () => {
  it.each([
    ['564', '564'],
    ['091', '091'],
    [' 905 ', '905'],
    ['Helsinki', '091'],
    ['Helsingfors', '091'],
    ['HELSINGFORS', '091'],
    ['oulu', '564'],
    ['Uleåborg', '564'],
    ['ULEÅBORG', '564'],
    ['Vaasa', '905'],
    ['Vasa', '905'],
    ['Maarianhamina', '478'],
    ['Mariehamn', '478'],
    ['Maarianhamina - Mariehamn', '478'],
    ['Porvoo', '638'],
    ['Borgå', '638'],
    ['Åbo', '853'],
    ['Pedersöre', '599'],
    ['Pedersören kunta', '599'],
    ['Mänttä-Vilppula', '508'],
    ['Mänttä – Vilppula', '508'],
    ['Koski Tl', '284'],
    ['S:t Michel', '491'],
    ['  Hämeenlinna  ', '109'],
    ['Kemi', '240'],
    ['Kemijärvi', '320'],
  ])('resolves %j to %s', (input, code) => {
    const resolved = resolveMunicipality(input);
    expect(resolved?.code).toBe(code);
    expect(resolved?.mergedFrom).toBeUndefined();
  });

  it('reads names however å, ä and ö were typed: precomposed or decomposed, any case', () => {
    expect(resolveMunicipality('Ulea\u030Aborg')?.code).toBe('564');
    expect(resolveMunicipality('Ha\u0308meenlinna')?.code).toBe('109');
    expect(resolveMunicipality('HÄMEENLINNA')?.code).toBe('109');
    expect(resolveMunicipality('Jyväskylä')?.code).toBe('179');
  });

  it('drops accents that carry no meaning in Finnish or Swedish, but never turns å, ä, ö into a, o', () => {
    expect(resolveMunicipality('Vàsa')?.code).toBe('905');
    expect(resolveMunicipality('Hameenlinna')).toBeUndefined();
    expect(resolveMunicipality('Abo')).toBeUndefined();
    expect(resolveMunicipality('Jyvaskyla')).toBeUndefined();
    expect(normaliseMunicipalityName('Å')).not.toBe(normaliseMunicipalityName('A'));
    expect(normaliseMunicipalityName('Ä')).not.toBe(normaliseMunicipalityName('A'));
    expect(normaliseMunicipalityName('Ö')).not.toBe(normaliseMunicipalityName('O'));
    expect(normaliseMunicipalityName('Ä')).not.toBe(normaliseMunicipalityName('Å'));
  });

  it('takes a code only as exactly three digits: a lost leading zero is refused, not guessed', () => {
    expect(resolveMunicipality('91')).toBeUndefined();
    expect(resolveMunicipality('0091')).toBeUndefined();
    expect(resolveMunicipality('9')).toBeUndefined();
    expect(resolveMunicipality('091')?.nameFi).toBe('Helsinki');
  });

  it.each([
    ['084', 'Haukipudas', '564', '2013-01-01'],
    ['588', 'Pertunmaa', '507', '2025-01-01'],
    ['099', 'Honkajoki', '214', '2021-01-01'],
    ['911', 'Valtimo', '541', '2020-01-01'],
    ['532', 'Nastola', '398', '2016-01-01'],
    ['413', 'Lavia', '609', '2015-01-01'],
    ['573', 'Parainen', '445', '2009-01-01'],
  ])('maps the former code %s (%s) to %s, where it merged on %s', (code, nameFi, into, inForceFrom) => {
    const resolved = resolveMunicipality(code);
    expect(resolved?.code).toBe(into);
    expect(resolved?.mergedFrom).toEqual({ code, nameFi, mergedInto: into, inForceFrom });
    expect(municipalityByCode(code)).toBeUndefined();
    expect(regionOf(code)).toBeUndefined();
  });

  it('gives the merged municipality its current region', () => {
    const haukipudas = resolveMunicipality('084')!;
    expect(regionOf(haukipudas.code)?.nameFi).toBe('Pohjois-Pohjanmaa');
    const pertunmaa = resolveMunicipality('588')!;
    expect(regionOf(pertunmaa.code)?.nameFi).toBe('Etelä-Savo');
  });

  it.each([[''], ['   '], ['Atlantis'], ['999'], ['000'], ['Helsinki, Kallio'], ['Hki'], ['Pertunmaa'], ['Uusimaa'], ['564a']])(
    'gives undefined for %j',
    (input) => {
      expect(resolveMunicipality(input)).toBeUndefined();
    },
  );

  it('gives undefined for a value that is not a string (input straight from JSON)', () => {
    expect(resolveMunicipality(91 as unknown as string)).toBeUndefined();
    expect(resolveMunicipality(undefined as unknown as string)).toBeUndefined();
  });
});

describe('names', () => {
  it('no two municipalities share a normalised name, in either language', () => {
    const holders = new Map<string, Set<string>>();
    for (const m of ALL_MUNICIPALITIES) {
      for (const name of [m.nameFi, m.nameSv]) {
        if (name === undefined) continue;
        const key = normaliseMunicipalityName(name);
        holders.set(key, (holders.get(key) ?? new Set()).add(m.code));
      }
    }
    const shared = [...holders].filter(([, codes]) => codes.size > 1);
    expect(shared).toEqual([]);
    for (const m of ALL_MUNICIPALITIES) {
      expect(resolveMunicipality(m.nameFi)?.code).toBe(m.code);
      if (m.nameSv) expect(resolveMunicipality(m.nameSv)?.code).toBe(m.code);
    }
  });

  it('keeps the Swedish name only where it differs from the Finnish one, and names are trimmed', () => {
    for (const m of ALL_MUNICIPALITIES) {
      expect(m.nameSv).not.toBe(m.nameFi);
      for (const name of [m.nameFi, m.nameSv ?? '']) expect(name).toBe(name.trim());
    }
    expect(ALL_MUNICIPALITIES.filter((m) => m.nameSv !== undefined)).toHaveLength(114);
  });

  it.each([
    ['091', 'fi', 'Helsinki'],
    ['091', 'sv', 'Helsingfors'],
    ['091', 'en', 'Helsinki'],
    ['564', 'sv', 'Uleåborg'],
    ['905', 'sv', 'Vasa'],
    ['478', 'fi', 'Maarianhamina'],
    ['478', 'sv', 'Mariehamn'],
    ['478', 'en', 'Maarianhamina'],
    ['638', 'sv', 'Borgå'],
    ['035', 'sv', 'Brändö'],
    ['005', 'sv', 'Alajärvi'],
    ['240', 'en', 'Kemi'],
  ] as const)('nameOf(%s, %s) is %s', (code, language, name) => {
    expect(nameOf(code, language)).toBe(name);
  });

  it('has no name for a code outside the classification in force', () => {
    expect(nameOf('084', 'fi')).toBeUndefined();
    expect(nameOf('91', 'fi')).toBeUndefined();
  });
});

describe('former municipalities', () => {
  it('covers the mergers from 2009 on, each into a municipality in force, on a 1 January', () => {
    const byYear = new Map<string, number>();
    for (const former of FORMER_MUNICIPALITIES) {
      expect(former.inForceFrom).toMatch(/^(2009|201\d|202\d)-01-01$/);
      expect(municipalityByCode(former.code)).toBeUndefined();
      expect(resolveMunicipality(former.code)?.mergedFrom?.code).toBe(former.code);
      const year = former.inForceFrom.slice(0, 4);
      byYear.set(year, (byYear.get(year) ?? 0) + 1);
    }
    // Municipalities that ceased each year; the totals went 415 -> 348 -> 342 -> 336 -> 320 -> 317
    // -> 313 -> 311 -> 310 -> 309 -> 308, as 2009 and 2011 also created 6 and 1 new codes (SOURCE.md).
    expect(Object.fromEntries(byYear)).toEqual({
      '2009': 73, '2010': 6, '2011': 7, '2013': 16, '2015': 3, '2016': 4, '2017': 2, '2020': 1, '2021': 1, '2025': 1,
    });
    expect(FORMER_MUNICIPALITIES).toHaveLength(114);
  });
});
