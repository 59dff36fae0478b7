import type { ClientRegisteredV1 } from './client-registered.v1';

/** A valid ClientRegistered v1 payload, for documentation and for consumers' tests. */
export function exampleClientRegisteredV1(clientId: string, overrides: Partial<ClientRegisteredV1> = {}): ClientRegisteredV1 {
  return {
    clientId,
    organisation: 'KEHA-UUSIMAA',
    projectCode: 'S20738',
    preferredLanguage: 'fi',
    registeredAt: '2026-02-03T09:15:00.000Z',
    processNumber: 1,
    entry: {
      entryDate: '2026-02-03',
      gender: 'woman',
      ageAtEntry: 34,
      labourMarketStatus: 'unemployed',
      unemploymentMonths: 7,
      highestEducationIsced: 3,
      voluntary: { disability: 'not-told', foreignBackground: 'no', thirdCountryNational: 'no', minority: 'not-told', homelessness: 'no' },
      entryDataComplete: true,
    },
    municipalityCode: '091',
    regionCode: '01',
    ...overrides,
  };
}
