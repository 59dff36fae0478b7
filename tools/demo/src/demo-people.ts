/**
 * The demo's fictional people, made from their number alone so that a second run makes the
 * same ones (and finds them registered). Names are obviously made up ("Demo Testinen"); the
 * identity codes use the individual numbers 900-999, the range of temporary codes
 * (docs/domain.md#personal-data), with a valid check character, so no real person's code is
 * ever used.
 */
const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** DDMMYY + century sign + individual number + check character (mod 31 of the nine digits). */
export function temporaryIdentityCode(dateOfBirth: string, individualNumber: number): string {
  if (individualNumber < 900 || individualNumber > 999) throw new RangeError('a temporary identity code has an individual number from 900 to 999');
  const [year, month, day] = dateOfBirth.split('-');
  const ddmmyy = `${day}${month}${year.slice(2)}`;
  const sign = Number(year) >= 2000 ? 'A' : '-';
  const nnn = String(individualNumber);
  return `${ddmmyy}${sign}${nnn}${CHECK_CHARACTERS[Number(`${ddmmyy}${nnn}`) % 31]}`;
}

const FIRST_NAMES = ['Demo', 'Testi', 'Esimerkki', 'Kokeilu', 'Harjoitus', 'Malli'];
const LAST_NAMES = ['Testinen', 'Demonen', 'Esimerkkinen', 'Kokeilija', 'Harjoittelija', 'Mallinen', 'Näytteinen'];

export interface DemoPerson {
  /** 0-based, within the organisation. */
  index: number;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  personalIdentityCode: string;
  email: string;
}

export function demoPerson(organisationNumber: number, index: number): DemoPerson {
  const year = 1962 + ((index * 7 + organisationNumber * 3) % 42);
  const month = 1 + ((index * 5) % 12);
  const day = 1 + ((index * 11 + organisationNumber) % 28);
  const dateOfBirth = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const firstName = FIRST_NAMES[index % FIRST_NAMES.length];
  const lastName = `${LAST_NAMES[(index + organisationNumber) % LAST_NAMES.length]}-${organisationNumber}${String(index).padStart(3, '0')}`;
  return {
    index,
    firstName,
    lastName,
    dateOfBirth,
    personalIdentityCode: temporaryIdentityCode(dateOfBirth, 900 + (index % 100)),
    email: `demo.${organisationNumber}.${index}@example.invalid`,
  };
}
