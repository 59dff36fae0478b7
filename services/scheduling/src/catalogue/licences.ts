/**
 * The licences and permits a client can be directed to train for, kept as data so a
 * coordinator's correction is a one-line change, not a code change. Codes are stable
 * identifiers stored in events: never rename one; add a new entry instead.
 *
 * Issuers and validity periods reflect Finnish practice as of 2026. `typicalValidityYears`
 * is null where the card does not expire (or where the law sets no period and the employer
 * decides): a training completion then records `validUntil` only when the certificate says so.
 */
export interface LicenceDefinition {
  code: string;
  names: { fi: string; sv: string; en: string };
  /** Who issues or approves the card (the trainer is often a separate, approved provider). */
  issuer: string;
  typicalValidityYears: number | null;
}

export const LICENCE_CATALOGUE: readonly LicenceDefinition[] = [
  {
    code: 'occupational-safety-card',
    names: { fi: 'Työturvallisuuskortti', sv: 'Arbetarskyddskort', en: 'Occupational Safety Card' },
    issuer: 'Työturvallisuuskeskus TTK',
    typicalValidityYears: 5,
  },
  {
    code: 'hygiene-passport',
    names: { fi: 'Hygieniapassi', sv: 'Hygienpass', en: 'Hygiene Passport' },
    issuer: 'Ruokavirasto (Finnish Food Authority)',
    typicalValidityYears: null,
  },
  {
    code: 'forklift-licence',
    names: { fi: 'Trukkikortti', sv: 'Truckkort', en: 'Forklift Licence' },
    // Government Decree 403/2008: the employer's written permit after training; no statutory period.
    issuer: 'Approved training provider (employer permit)',
    typicalValidityYears: null,
  },
  {
    code: 'first-aid-1',
    names: { fi: 'Ensiapukurssi EA 1', sv: 'Första hjälpen FHJ 1', en: 'First Aid 1 (EA 1)' },
    issuer: 'Suomen Punainen Risti (Finnish Red Cross) or approved provider',
    typicalValidityYears: 3,
  },
  {
    code: 'road-safety-card',
    names: { fi: 'Tieturvakortti (Tieturva 1)', sv: 'Vägsäkerhetskort (Tieturva 1)', en: 'Road Safety Card (Tieturva 1)' },
    issuer: 'Väylävirasto (Finnish Transport Infrastructure Agency)',
    typicalValidityYears: 5,
  },
  {
    code: 'hot-work-licence',
    names: { fi: 'Tulityökortti', sv: 'Heta arbeten-kort', en: 'Hot Work Licence' },
    issuer: 'SPEK (Finnish National Rescue Association)',
    typicalValidityYears: 5,
  },
  {
    code: 'electrical-safety-card',
    names: {
      fi: 'Sähkötyöturvallisuuskortti (SFS 6002)',
      sv: 'Elarbetssäkerhetskort (SFS 6002)',
      en: 'Electrical Work Safety Card (SFS 6002)',
    },
    issuer: 'STUL (Electrical Contractors’ Association of Finland)',
    typicalValidityYears: 5,
  },
  {
    code: 'water-works-card',
    names: { fi: 'Vesityökortti', sv: 'Vattenarbetskort', en: 'Water Works Hygiene Passport' },
    issuer: 'Lupa- ja valvontavirasto (formerly Valvira)',
    typicalValidityYears: 5,
  },
  {
    code: 'alcohol-passport',
    names: { fi: 'Anniskelupassi', sv: 'Serveringspass', en: 'Alcohol Passport' },
    issuer: 'Lupa- ja valvontavirasto (formerly Valvira)',
    typicalValidityYears: null,
  },
  {
    // Järjestyksenvalvoja is a crowd controller (door supervisor), not a security guard (vartija).
    code: 'crowd-controller-card',
    names: { fi: 'Järjestyksenvalvojakortti', sv: 'Ordningsvaktskort', en: 'Crowd Controller Card' },
    issuer: 'Poliisi (Police of Finland)',
    typicalValidityYears: 5,
  },
  {
    code: 'security-guard-card',
    names: { fi: 'Vartijakortti', sv: 'Väktarkort', en: 'Security Guard Card' },
    issuer: 'Poliisi (Police of Finland)',
    typicalValidityYears: 5,
  },
];

const byCode = new Map(LICENCE_CATALOGUE.map((licence) => [licence.code, licence]));

export function findLicence(code: string): LicenceDefinition | undefined {
  return byCode.get(code);
}

export function isKnownLicence(code: string): boolean {
  return byCode.has(code);
}
