import { licenceNameOf } from './licence-names';

describe('licence names', () => {
  it("names scheduling's licences in the profile language and falls back to the code", () => {
    expect(licenceNameOf('forklift-licence', 'fi')).toBe('Trukkikortti');
    expect(licenceNameOf('hygiene-passport', 'sv')).toBe('Hygienpass');
    expect(licenceNameOf('first-aid-1', 'en')).toBe('First Aid 1 (EA 1)');
    expect(licenceNameOf('boat-licence', 'en')).toBe('boat-licence');
  });
});
