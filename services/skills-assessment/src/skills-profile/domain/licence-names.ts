import type { ProfileLanguage } from './skills-profile.events';

/**
 * Display names of the licences and permits scheduling's trainings lead to, by the code its
 * TrainingCompleted event carries. Scheduling owns the catalogue and a service may not import
 * another's code, and the event carries only the code: this copy of the names lets the profile
 * (and the CV built from it) name the licence in the client's language. An unknown code is
 * shown as the code itself until it is added here.
 */
const LICENCE_NAMES: Readonly<Record<string, Readonly<Record<ProfileLanguage, string>>>> = {
  'occupational-safety-card': { fi: 'Työturvallisuuskortti', sv: 'Arbetarskyddskort', en: 'Occupational Safety Card' },
  'hygiene-passport': { fi: 'Hygieniapassi', sv: 'Hygienpass', en: 'Hygiene Passport' },
  'forklift-licence': { fi: 'Trukkikortti', sv: 'Truckkort', en: 'Forklift Licence' },
  'first-aid-1': { fi: 'Ensiapukurssi EA 1', sv: 'Första hjälpen FHJ 1', en: 'First Aid 1 (EA 1)' },
  'road-safety-card': { fi: 'Tieturvakortti (Tieturva 1)', sv: 'Vägsäkerhetskort (Tieturva 1)', en: 'Road Safety Card (Tieturva 1)' },
  'hot-work-licence': { fi: 'Tulityökortti', sv: 'Heta arbeten-kort', en: 'Hot Work Licence' },
  'electrical-safety-card': {
    fi: 'Sähkötyöturvallisuuskortti (SFS 6002)',
    sv: 'Elarbetssäkerhetskort (SFS 6002)',
    en: 'Electrical Work Safety Card (SFS 6002)',
  },
  'water-works-card': { fi: 'Vesityökortti', sv: 'Vattenarbetskort', en: 'Water Works Hygiene Passport' },
  'alcohol-passport': { fi: 'Anniskelupassi', sv: 'Serveringspass', en: 'Alcohol Passport' },
  'crowd-controller-card': { fi: 'Järjestyksenvalvojakortti', sv: 'Ordningsvaktskort', en: 'Crowd Controller Card' },
  'security-guard-card': { fi: 'Vartijakortti', sv: 'Väktarkort', en: 'Security Guard Card' },
};

export function licenceNameOf(code: string, language: ProfileLanguage): string {
  return LICENCE_NAMES[code]?.[language] ?? code;
}
