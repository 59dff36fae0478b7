import { publishedEvents } from './asyncapi/published-events';
import { allExamples, exampleFor, exampleIntegrationEvent } from './examples';
import { registeredSchemas, validateIntegrationEvent } from './schema-registry';

describe('examples', () => {
  it('has a valid example for every registered event (hand-written or generated)', () => {
    const examples = allExamples();
    expect(examples.map((e) => e.event.key).sort()).toEqual(registeredSchemas().map((s) => `${s.type}.v${s.version}`).sort());
    for (const { event, example } of examples) {
      expect(validateIntegrationEvent(event.type, event.version, example.data)).toEqual({ valid: true, errors: [] });
    }
  });

  it('prefers the hand-written example', () => {
    expect(exampleFor('ClientExited', 1)).toEqual({
      origin: 'hand-written',
      data: expect.objectContaining({ reason: 'employed', processNumber: 1 }),
    });
  });

  it('wraps an example in the integration event the relay would publish, subject = clientId', () => {
    const event = publishedEvents().find((e) => e.key === 'ClientRegistered.v1')!;
    const integration = exampleIntegrationEvent(event);
    expect(integration).toMatchObject({ type: 'ClientRegistered', version: 1, source: '/career/client-intake', organisation: 'KEHA-UUSIMAA' });
    expect(integration.subject).toBe((integration.data as { clientId: string }).clientId);
  });

  it('refuses an unregistered event', () => {
    expect(() => exampleFor('NoSuchEvent', 1)).toThrow('no schema registered for NoSuchEvent.v1');
  });
});
