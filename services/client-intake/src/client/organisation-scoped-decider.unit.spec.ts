import { DomainError } from '@career/event-sourcing';
import { clientDecider } from './client.decider';
import { NOW, registeredEvent } from './domain/client.test-fixtures';
import { organisationScopedDecider } from './organisation-scoped-decider';

describe('organisation-scoped decider', () => {
  const state = clientDecider.evolve(clientDecider.initialState(), registeredEvent());
  const assign = { type: 'AssignAdvisor' as const, data: { advisorId: 'advisor-2' }, metadata: { now: NOW } };

  it("decides as the client decider for the client's own organisation", () => {
    expect(organisationScopedDecider('KEHA-UUSIMAA').decide(assign, state)).toEqual(clientDecider.decide(assign, state));
  });

  it("answers another organisation's client exactly like a missing one", () => {
    const refusal = (() => {
      try {
        organisationScopedDecider('OTHER').decide(assign, state);
      } catch (error) {
        return error as DomainError;
      }
      throw new Error('expected a refusal');
    })();
    expect(refusal).toMatchObject({ code: 'CLIENT.NOT_FOUND', kind: 'not-found' });
    expect(() => organisationScopedDecider('OTHER').decide(assign, clientDecider.initialState())).toThrow(expect.objectContaining({ code: 'CLIENT.NOT_FOUND' }));
  });
});
