import { businessIdCheckDigit, isValidBusinessId } from './business-id';

describe('Finnish business ID (Y-tunnus)', () => {
  it('computes the check digit with weights 7 9 10 5 8 4 2, mod 11', () => {
    // 0*7 + 1*9 + 1*10 + 2*5 + 0*8 + 3*4 + 8*2 = 57; 57 mod 11 = 2; 11 - 2 = 9
    expect(businessIdCheckDigit('0112038')).toBe(9);
    // remainder 0 gives 0
    expect(businessIdCheckDigit('0000000')).toBe(0);
    // 1*7 + 2*9 + 3*10 + 4*5 + 5*8 + 6*4 + 7*2 = 153; 153 mod 11 = 10; 11 - 10 = 1
    expect(businessIdCheckDigit('1234567')).toBe(1);
    // 6*2 = 12; 12 mod 11 = 1: remainder 1 is never issued, no check digit fits
    expect(businessIdCheckDigit('0000006')).toBeNull();
  });

  it('accepts only seven digits, a hyphen and the right check digit', () => {
    expect(isValidBusinessId('0112038-9')).toBe(true);
    expect(isValidBusinessId('0112038-8')).toBe(false);
    expect(isValidBusinessId('01120389')).toBe(false);
    expect(isValidBusinessId('112038-9')).toBe(false);
    expect(isValidBusinessId('1234567-1')).toBe(true);
    expect(isValidBusinessId('1234567-2')).toBe(false);
    for (const digit of '0123456789') expect(isValidBusinessId(`0000006-${digit}`)).toBe(false);
    expect(isValidBusinessId(' 0112038-9')).toBe(false);
  });
});
