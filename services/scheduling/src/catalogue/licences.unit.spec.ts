import { findLicence, isKnownLicence, LICENCE_CATALOGUE } from './licences';

describe('licence and permit catalogue', () => {
  it('holds the licences the process names, with the usual validity periods', () => {
    expect(Object.fromEntries(LICENCE_CATALOGUE.map((l) => [l.names.fi, l.typicalValidityYears]))).toMatchObject({
      Työturvallisuuskortti: 5,
      Hygieniapassi: null,
      Trukkikortti: null,
      'Ensiapukurssi EA 1': 3,
      'Tieturvakortti (Tieturva 1)': 5,
      Tulityökortti: 5,
      'Sähkötyöturvallisuuskortti (SFS 6002)': 5,
      Vesityökortti: 5,
      Anniskelupassi: null,
      Järjestyksenvalvojakortti: 5,
    });
  });

  it('has unique kebab-case codes and names in Finnish, Swedish and English', () => {
    const codes = LICENCE_CATALOGUE.map((l) => l.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const licence of LICENCE_CATALOGUE) {
      expect(licence.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect([licence.names.fi, licence.names.sv, licence.names.en, licence.issuer].every((s) => s.trim().length > 0)).toBe(true);
    }
  });

  it('looks licences up by code', () => {
    expect(findLicence('forklift-licence')?.names.en).toBe('Forklift Licence');
    expect(isKnownLicence('hot-work-licence')).toBe(true);
    expect(isKnownLicence('pilot-licence')).toBe(false);
    expect(findLicence('pilot-licence')).toBeUndefined();
  });
});
