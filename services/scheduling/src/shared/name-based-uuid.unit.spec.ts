import { nameBasedUuid } from './name-based-uuid';
import { processIdOf } from '../guidance-process/process-id';

describe('name-based (v5) UUIDs', () => {
  it('matches the RFC 9562 test vector (DNS namespace, www.example.com)', () => {
    expect(nameBasedUuid('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('gives one process id per client and process number, always the same', () => {
    const client = '0b0f6f4c-5f3e-4a7d-9a43-1d2c3b4a5f60';
    expect(processIdOf(client, 1)).toBe(processIdOf(client, 1));
    expect(processIdOf(client, 1)).not.toBe(processIdOf(client, 2));
    expect(processIdOf(client, 1)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => nameBasedUuid('not-a-uuid', 'x')).toThrow('namespace must be a UUID');
  });
});
