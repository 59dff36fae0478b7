/**
 * The Finnish personal identity code (henkilötunnus), docs/domain.md#personal-data:
 * DDMMYY + century sign + 3-digit individual number + check character.
 *
 * Pure domain code: no Nest, no infrastructure, no clock. It never throws and never echoes the
 * code back, so no caller can leak it into an error message or a log line by accident.
 * Gender is deliberately not derived (the individual number's parity is not a fact we record).
 */

export type PersonalIdentityCodeInvalidReason =
  | 'format'
  | 'date'
  | 'century-sign'
  | 'individual-number'
  | 'check-character';

export interface ValidPersonalIdentityCode {
  valid: true;
  /** ISO calendar date, YYYY-MM-DD. */
  dateOfBirth: string;
  /** First year of the century the sign names: 1800, 1900 or 2000. */
  century: number;
  individualNumber: number;
  /** Individual numbers 900-999 are temporary codes: valid, but flagged. */
  temporary: boolean;
}

export interface InvalidPersonalIdentityCode {
  valid: false;
  reason: PersonalIdentityCodeInvalidReason;
}

export type ParsedPersonalIdentityCode = ValidPersonalIdentityCode | InvalidPersonalIdentityCode;

const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** Since 2023 the 1900s and 2000s have several signs each; all name the same century. */
const CENTURY_BY_SIGN: Readonly<Record<string, number>> = {
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

/**
 * Shape only: digits where digits belong and an uppercase letter or digit as check character.
 * The sign position is checked separately so a wrong sign gets its own reason.
 */
const SHAPE = /^(\d{2})(\d{2})(\d{2})(.)(\d{3})([0-9A-Z])$/;

const FIRST_TEMPORARY_INDIVIDUAL_NUMBER = 900;
const FIRST_VALID_INDIVIDUAL_NUMBER = 2;

/**
 * Validates a code exactly as given: uppercase only, exactly 11 characters, no trimming
 * (the code is stored as given, and two codes differing only by the sign are different people).
 */
export function parsePersonalIdentityCode(code: string): ParsedPersonalIdentityCode {
  const shape = code.length === 11 ? SHAPE.exec(code) : null;
  if (!shape) return invalid('format');
  const [, dd, mm, yy, sign, individual, checkCharacter] = shape;

  const century = CENTURY_BY_SIGN[sign];
  if (century === undefined) return invalid('century-sign');

  const year = century + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return invalid('date');

  const individualNumber = Number(individual);
  if (individualNumber < FIRST_VALID_INDIVIDUAL_NUMBER) return invalid('individual-number');

  // DDMMYY and the individual number read as one 9-digit number (at most 311299999: safe integer).
  const expected = CHECK_CHARACTERS[Number(dd + mm + yy + individual) % 31];
  if (checkCharacter !== expected) return invalid('check-character');

  return {
    valid: true,
    dateOfBirth: `${String(year).padStart(4, '0')}-${mm}-${dd}`,
    century,
    individualNumber,
    temporary: individualNumber >= FIRST_TEMPORARY_INDIVIDUAL_NUMBER,
  };
}

function invalid(reason: PersonalIdentityCodeInvalidReason): InvalidPersonalIdentityCode {
  return { valid: false, reason };
}

/** Gregorian calendar: February has 29 days in years divisible by 4, except centuries not divisible by 400. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
