import { resolveRequestId } from './request-id';

describe('resolveRequestId', () => {
  it('keeps a short plain id', () => {
    expect(resolveRequestId('req-42_a.b:c')).toBe('req-42_a.b:c');
    expect(resolveRequestId(['first-id', 'second'])).toBe('first-id');
  });
  it.each([undefined, '', 'has space', 'name=Matti', 'x'.repeat(129), 'ä'])('generates a UUID instead of %p', (header) => {
    expect(resolveRequestId(header)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
