import { declaredFields, producedFields, unproducedFields } from './contract-coverage';

describe('contract coverage', () => {
  it('lists declared fields through nesting, arrays and branches', () => {
    const schema = {
      type: 'object',
      properties: {
        a: { type: 'string' },
        entry: { type: 'object', properties: { gender: { type: 'string' } } },
        skills: { type: 'array', items: { type: 'object', properties: { label: { type: 'string' } } } },
        choice: { oneOf: [{ type: 'object', properties: { x: { type: 'number' } } }, { type: 'null' }] },
      },
    };
    expect(declaredFields(schema).sort()).toEqual(['a', 'choice', 'choice.x', 'entry', 'entry.gender', 'skills', 'skills[].label'].sort());
    expect([...producedFields({ a: 'x', entry: { gender: 'woman' }, skills: [{ label: 'l' }], missing: undefined })].sort()).toEqual(
      ['a', 'entry', 'entry.gender', 'skills', 'skills[].label'].sort(),
    );
  });

  it("names an event never published and a declared field a producer's events never carry", () => {
    const registered = {
      id: 'e1',
      type: 'ClientRegistered',
      version: 1,
      source: '/career/client-intake',
      subject: 'c',
      time: '2026-01-01T00:00:00Z',
      organisation: 'O',
      data: { clientId: 'c', organisation: 'O', projectCode: 'P', preferredLanguage: 'fi', registeredAt: 't', processNumber: 1, entry: {} },
    };
    const missing = unproducedFields('client-intake', [registered]);
    expect(missing).toContain('ClientRegistered.v1: advisorId');
    expect(missing).toContain('AdvisorAssigned.v1');
    expect(missing).not.toContain('ClientRegistered.v1: clientId');
  });
});
