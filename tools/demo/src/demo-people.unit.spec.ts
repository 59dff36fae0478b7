import { demoPerson, temporaryIdentityCode } from './demo-people';

describe("the demo's fictional people", () => {
  it('get temporary identity codes (900-999) with the right check character', () => {
    // 131052-308T is the documented example; with 900-999 the same rule gives these.
    expect(temporaryIdentityCode('1952-10-13', 900)).toBe(`131052-900${'0123456789ABCDEFHJKLMNPRSTUVWXY'[131052900 % 31]}`);
    expect(temporaryIdentityCode('2003-04-05', 999)).toMatch(/^050403A999[0-9A-Y]$/);
    expect(() => temporaryIdentityCode('1980-01-01', 899)).toThrow(RangeError);
  });

  it('are the same on every run, and no two of an organisation share a code', () => {
    expect(demoPerson(1, 17)).toEqual(demoPerson(1, 17));
    const codes = Array.from({ length: 100 }, (_, i) => demoPerson(2, i).personalIdentityCode);
    expect(new Set(codes).size).toBe(100);
    expect(demoPerson(1, 0)).toMatchObject({ firstName: 'Demo', email: 'demo.1.0@example.invalid' });
  });
});
