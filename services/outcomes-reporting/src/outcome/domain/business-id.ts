/**
 * The Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit. The check
 * digit comes from the weights 7, 9, 10, 5, 8, 4, 2 over the seven digits, sum mod 11:
 * remainder 0 gives 0, remainder 1 is never issued (invalid), otherwise 11 - remainder.
 * Older six-digit IDs are written with a leading zero (0123456-x), so exactly seven digits.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];
const PATTERN = /^(\d{7})-(\d)$/;

export function businessIdCheckDigit(sevenDigits: string): number | null {
  if (!/^\d{7}$/.test(sevenDigits)) return null;
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(sevenDigits[i]), 0);
  const remainder = sum % 11;
  if (remainder === 1) return null;
  return remainder === 0 ? 0 : 11 - remainder;
}

export function isValidBusinessId(value: string): boolean {
  const match = PATTERN.exec(value);
  if (!match) return false;
  const expected = businessIdCheckDigit(match[1]);
  return expected !== null && expected === Number(match[2]);
}
