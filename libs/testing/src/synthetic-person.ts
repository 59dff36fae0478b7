import { identityCode } from './identity-code';

export interface SyntheticPerson {
  personalIdentityCode: string;
  dateOfBirth: string;
}

/**
 * The n-th synthetic person (n from 0): 898 individual numbers per birth date, birth dates from
 * 1950-01-01 on, so no two n share an identity code (load generators register thousands).
 */
export function syntheticPerson(n: number): SyntheticPerson {
  const birth = new Date(Date.UTC(1950, 0, 1) + Math.floor(n / 898) * 86_400_000);
  const [yyyy, mm, dd] = birth.toISOString().slice(0, 10).split('-');
  return { personalIdentityCode: identityCode(2 + (n % 898), `${dd}${mm}${yyyy.slice(2)}`, '-'), dateOfBirth: `${yyyy}-${mm}-${dd}` };
}

/** A valid registration body (every field client-intake takes) for a synthetic person; `overrides` replace fields. */
export function registrationBody(organisation: string, lastName: string, person: SyntheticPerson, overrides: Record<string, unknown> = {}) {
  return {
    organisation,
    projectCode: 'S20738',
    firstName: 'Testi',
    lastName,
    ...person,
    email: 'testi.asiakas@example.fi',
    phone: '+358401234567',
    municipality: 'Oulu',
    preferredLanguage: 'fi',
    referralSource: 'employment-services',
    entry: { gender: 'woman', labourMarketStatus: 'unemployed', unemploymentMonths: 8, highestEducationIsced: 3 },
    voluntary: { disability: 'no', foreignBackground: 'not-told' },
    voluntaryConsent: true,
    ...overrides,
  };
}
