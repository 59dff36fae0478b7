import { guidanceProcessIdOf, nameBasedUuid } from './guidance-process-id';

describe('guidanceProcessIdOf', () => {
  it('gives the ids scheduling has always given (known values: existing streams are named by them)', () => {
    expect(guidanceProcessIdOf('5b0c3f5e-8a3c-4c55-9d3e-6c1c9f0f2a11', 1)).toBe('175b946f-5270-5c76-a07d-76f3fa3ff2b7');
    expect(guidanceProcessIdOf('5b0c3f5e-8a3c-4c55-9d3e-6c1c9f0f2a11', 2)).toBe('7c6306dc-6b55-5acc-9d8b-4dde24cbb275');
  });

  it('gives one id per client and process number, always the same', () => {
    const client = '0b0f6f4c-5f3e-4a7d-9a43-1d2c3b4a5f60';
    expect(guidanceProcessIdOf(client, 1)).toBe(guidanceProcessIdOf(client, 1));
    expect(guidanceProcessIdOf(client, 1)).not.toBe(guidanceProcessIdOf(client, 2));
  });

  it('is a version 5 UUID and refuses a process number that is not positive', () => {
    expect(guidanceProcessIdOf('x', 3)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(() => guidanceProcessIdOf('x', 0)).toThrow(RangeError);
  });
});

describe('nameBasedUuid', () => {
  it('matches the RFC 9562 test vector (DNS namespace, www.example.com)', () => {
    expect(nameBasedUuid('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => nameBasedUuid('not-a-uuid', 'x')).toThrow('namespace must be a UUID');
  });
});
