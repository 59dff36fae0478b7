import { parsePersonalIdentityCode, PersonalIdentityCodeInvalidReason } from './personal-identity-code';

// Every check character below was computed independently of the implementation:
// N = DDMMYY followed by the individual number, as one integer; N = 31 * q + r, and the check
// character is '0123456789ABCDEFHJKLMNPRSTUVWXY'[r]. The comment after each row shows q and r
// so the arithmetic can be re-checked by hand (31 * q + r must give back N).

interface ValidRow {
  code: string;
  dateOfBirth: string;
  century: number;
  individualNumber: number;
  temporary: boolean;
  why: string;
}

const validCodes: ValidRow[] = [
  // 120488555 = 31 * 3886727 + 18 -> K
  { code: '120488+555K', dateOfBirth: '1888-04-12', century: 1800, individualNumber: 555, temporary: false, why: "'+' is the 1800s" },
  // 131052308 = 31 * 4227493 + 25 -> T (the well-known DVV example)
  { code: '131052-308T', dateOfBirth: '1952-10-13', century: 1900, individualNumber: 308, temporary: false, why: "'-' is the 1900s" },
  // same digits, so the same check character T
  { code: '131052Y308T', dateOfBirth: '1952-10-13', century: 1900, individualNumber: 308, temporary: false, why: "'Y' is the 1900s" },
  // 311299123 = 31 * 10041907 + 6 -> 6
  { code: '311299X1236', dateOfBirth: '1999-12-31', century: 1900, individualNumber: 123, temporary: false, why: "'X' is the 1900s" },
  // 290296145 = 31 * 9364391 + 24 -> S (1996 is a leap year)
  { code: '290296W145S', dateOfBirth: '1996-02-29', century: 1900, individualNumber: 145, temporary: false, why: "'W' is the 1900s; leap day 1996" },
  // 010110417 = 31 * 326142 + 15 -> F
  { code: '010110V417F', dateOfBirth: '1910-01-01', century: 1900, individualNumber: 417, temporary: false, why: "'V' is the 1900s" },
  // 281199999 = 31 * 9070967 + 22 -> P
  { code: '281199U999P', dateOfBirth: '1999-11-28', century: 1900, individualNumber: 999, temporary: true, why: "'U' is the 1900s; 999 is the last temporary number" },
  // 290200101 = 31 * 9361293 + 18 -> K (2000 is divisible by 400: a leap year)
  { code: '290200A101K', dateOfBirth: '2000-02-29', century: 2000, individualNumber: 101, temporary: false, why: "'A' is the 2000s; leap day 2000" },
  // 010101002 = 31 * 325838 + 24 -> S
  { code: '010101B002S', dateOfBirth: '2001-01-01', century: 2000, individualNumber: 2, temporary: false, why: "'B' is the 2000s; 002 is the first valid number" },
  // 150317202 = 31 * 4848942 + 0 -> 0
  { code: '150317C2020', dateOfBirth: '2017-03-15', century: 2000, individualNumber: 202, temporary: false, why: "'C' is the 2000s; remainder 0" },
  // 311222899 = 31 * 10039448 + 11 -> B
  { code: '311222D899B', dateOfBirth: '2022-12-31', century: 2000, individualNumber: 899, temporary: false, why: "'D' is the 2000s; 899 is the last normal number" },
  // 290204321 = 31 * 9361429 + 22 -> P (2004 is a leap year)
  { code: '290204E321P', dateOfBirth: '2004-02-29', century: 2000, individualNumber: 321, temporary: false, why: "'E' is the 2000s; leap day 2004" },
  // 020202888 = 31 * 651706 + 2 -> 2
  { code: '020202F8882', dateOfBirth: '2002-02-02', century: 2000, individualNumber: 888, temporary: false, why: "'F' is the 2000s" },
  // 010594902 = 31 * 341771 + 1 -> 1 (DVV's example of the new signs)
  { code: '010594Y9021', dateOfBirth: '1994-05-01', century: 1900, individualNumber: 902, temporary: true, why: 'temporary range' },
  // 010181900 = 31 * 328448 + 12 -> C
  { code: '010181-900C', dateOfBirth: '1981-01-01', century: 1900, individualNumber: 900, temporary: true, why: '900 is the first temporary number' },
];

const invalidCodes: Array<{ code: string; reason: PersonalIdentityCodeInvalidReason; why: string }> = [
  // 290200101 -> K would be right if the date existed; 1800 is not a leap year
  { code: '290200+101K', reason: 'date', why: "'+': 29 Feb 1800 does not exist" },
  // 1900 is divisible by 100 but not by 400: not a leap year
  { code: '290200-101K', reason: 'date', why: "'-': 29 Feb 1900 does not exist" },
  // 131052308 -> T, not V
  { code: '131052Y308V', reason: 'check-character', why: "'Y': wrong check character" },
  // 311299123 -> 6, not 7
  { code: '311299X1237', reason: 'check-character', why: "'X': wrong check character" },
  // 290297145 = 31 * 9364424 + 1 -> 1 (check character right, date wrong)
  { code: '290297W1451', reason: 'date', why: "'W': 1997 is not a leap year" },
  // 010110000 = 31 * 326129 + 1 -> 1 (check character right, number wrong)
  { code: '010110V0001', reason: 'individual-number', why: "'V': individual number 000" },
  // 281199001 = 31 * 9070935 + 16 -> H
  { code: '281199U001H', reason: 'individual-number', why: "'U': individual number 001" },
  // 300200101 = 31 * 9683874 + 7 -> 7
  { code: '300200A1017', reason: 'date', why: "'A': 30 February" },
  // 010101002 -> S, not 1
  { code: '010101B0021', reason: 'check-character', why: "'B': wrong check character" },
  // 320117202 = 31 * 10326361 + 11 -> B
  { code: '320117C202B', reason: 'date', why: "'C': day 32" },
  // 011352308 = 31 * 366203 + 15 -> F
  { code: '011352D308F', reason: 'date', why: "'D': month 13" },
  // 290201321 = 31 * 9361332 + 29 -> X
  { code: '290201E321X', reason: 'date', why: "'E': 2001 is not a leap year" },
  // 020202001 = 31 * 651677 + 14 -> E
  { code: '020202F001E', reason: 'individual-number', why: "'F': individual number 001" },
  // 290200000 = 31 * 9361290 + 10 -> A
  { code: '290200A000A', reason: 'individual-number', why: 'individual number 000' },
  // 000152308 = 31 * 4913 + 5 -> 5
  { code: '000152-3085', reason: 'date', why: 'day 00' },
  // 310452308 = 31 * 10014590 + 18 -> K; April has 30 days
  { code: '310452-308K', reason: 'date', why: '31 April' },
  { code: '131052-308G', reason: 'check-character', why: 'G is never a check character' },
  { code: '131052Z308T', reason: 'century-sign', why: 'Z is not a century sign' },
  { code: '131052*308T', reason: 'century-sign', why: '* is not a century sign' },
  { code: '131052 308T', reason: 'century-sign', why: 'a space is not a century sign' },
  { code: '131052-308t', reason: 'format', why: 'lowercase check character' },
  { code: '010594y9021', reason: 'century-sign', why: "lowercase sign 'y'" },
  { code: '290200a101K', reason: 'century-sign', why: "lowercase sign 'a'" },
  { code: '131052-308', reason: 'format', why: 'too short' },
  { code: '131052-308TT', reason: 'format', why: 'too long' },
  { code: ' 131052-308T', reason: 'format', why: 'leading space: not trimmed' },
  { code: '131052-308T ', reason: 'format', why: 'trailing space: not trimmed' },
  { code: '', reason: 'format', why: 'empty' },
  { code: '13105X-308T', reason: 'format', why: 'letter in the date' },
  { code: '131052-3O8T', reason: 'format', why: 'letter O in the individual number' },
  { code: '１３1052-308T', reason: 'format', why: 'full-width digits' },
];

describe('parsePersonalIdentityCode', () => {
  it.each(validCodes)('accepts $code ($why)', ({ code, why: _why, ...expected }) => {
    expect(parsePersonalIdentityCode(code)).toEqual({ valid: true, ...expected });
  });

  it.each(invalidCodes)('rejects "$code" as $reason ($why)', ({ code, reason }) => {
    expect(parsePersonalIdentityCode(code)).toEqual({ valid: false, reason });
  });

  it('covers every century sign with at least one valid and one invalid code', () => {
    const signOf = (code: string) => code.charAt(6);
    const signs = ['+', '-', 'Y', 'X', 'W', 'V', 'U', 'A', 'B', 'C', 'D', 'E', 'F'];
    for (const sign of signs) {
      expect(validCodes.some((row) => signOf(row.code) === sign)).toBe(true);
      expect(invalidCodes.some((row) => row.code.length === 11 && signOf(row.code) === sign)).toBe(true);
    }
  });

  it('accepts two codes differing only by the sign as distinct, valid codes (different people)', () => {
    const dash = parsePersonalIdentityCode('131052-308T');
    const y = parsePersonalIdentityCode('131052Y308T');
    expect(dash.valid).toBe(true);
    expect(y.valid).toBe(true);
    // Both read the same birth date and number, so the parsed fields cannot tell the two people
    // apart: only the code as given does, which is why it is stored exactly as given.
    expect(dash).toEqual(y);
  });

  it('never derives gender', () => {
    const parsed = parsePersonalIdentityCode('131052-308T');
    expect(Object.keys(parsed).sort()).toEqual(['century', 'dateOfBirth', 'individualNumber', 'temporary', 'valid']);
  });

  it('never echoes the code in what it returns', () => {
    for (const { code } of invalidCodes.filter((row) => row.code.trim().length > 0)) {
      expect(JSON.stringify(parsePersonalIdentityCode(code))).not.toContain(code.trim());
    }
  });
});
