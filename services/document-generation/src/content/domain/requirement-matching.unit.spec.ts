import { foldForMatching, matchRequirements, requirementMatches } from './requirement-matching';
import { sampleApplicationInput } from '../../test-support/sample-client';

describe('requirement matching', () => {
  it('folds case, diacritics and punctuation', () => {
    expect(foldForMatching('Työturvallisuus-KORTTI!')).toBe('tyoturvallisuus kortti');
    expect(foldForMatching('Kylmäketjun  Hallinta')).toBe('kylmaketjun hallinta');
  });

  it.each([
    ['Trukkikortti', 'trukkikortti'],
    ['TRUKKIKORTTI', 'Trukkikortti'],
    ['hygieniapassi', 'Hygieniapassi'],
    ['Kylmaketjun tuntemus', 'kylmäketjun hallinta'],
    ['Kokemus keräilystä', 'keräily ja lähetysten kokoaminen'],
    ['Kokemus varastotyöstä', 'Varastotyöntekijä'],
    ['Hyvä asiakaspalveluasenne', 'asiakaspalvelu'],
    ['SAP-osaaminen', 'SAP EWM -varastonhallintajärjestelmä'],
    ['Erfarenhet av plockning', 'plockning och sammanställning av leveranser'],
    ['Experience in order picking', 'order picking and dispatch'],
  ])('"%s" is met by "%s"', (requirement, candidate) => {
    expect(requirementMatches(requirement, candidate)).toBe(true);
  });

  it.each([
    ['Ajokortti C', 'Trukkikortti'],
    ['Varastonhallinta', 'varastotyö'],
    ['Kokemus kirjanpidosta', 'keräily ja lähetysten kokoaminen'],
    ['Good experience', 'good knowledge'],
    ['', 'anything'],
  ])('"%s" is not met by "%s"', (requirement, candidate) => {
    expect(requirementMatches(requirement, candidate)).toBe(false);
  });

  it('looks at skills, licences, jobs and education, and keeps the unmatched requirements', () => {
    const { profile } = sampleApplicationInput('fi');
    const result = matchRequirements(['Trukkikortti', 'Logistiikan perustutkinto', 'Terminaalityö', 'Kirjanpito'], profile);
    expect(result.matched).toEqual([
      { requirement: 'Trukkikortti', matchedBy: ['Trukkikortti'] },
      { requirement: 'Logistiikan perustutkinto', matchedBy: ['Logistiikan perustutkinto, varastopalvelujen osaamisala'] },
      { requirement: 'Terminaalityö', matchedBy: ['Terminaalityöntekijä'] },
    ]);
    expect(result.unmatched).toEqual(['Kirjanpito']);
    expect(result.evidence).toEqual(['Kuormien purku ja lastaus, noutoasiakkaiden palvelu.']);
  });
});
