import { guidanceProcessIdOf } from './guidance-process-id';

describe('guidanceProcessIdOf', () => {
  it('gives the ids scheduling gives (values computed with scheduling processIdOf)', () => {
    expect(guidanceProcessIdOf('5b0c3f5e-8a3c-4c55-9d3e-6c1c9f0f2a11', 1)).toBe('175b946f-5270-5c76-a07d-76f3fa3ff2b7');
    expect(guidanceProcessIdOf('5b0c3f5e-8a3c-4c55-9d3e-6c1c9f0f2a11', 2)).toBe('7c6306dc-6b55-5acc-9d8b-4dde24cbb275');
  });

  it('is a version 5 UUID and refuses a process number that is not positive', () => {
    expect(guidanceProcessIdOf('x', 3)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(() => guidanceProcessIdOf('x', 0)).toThrow(RangeError);
  });
});
