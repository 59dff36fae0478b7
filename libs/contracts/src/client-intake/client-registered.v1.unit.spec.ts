import { schemaFor, validateIntegrationEvent } from '../schema-registry';
import { clientRegisteredV1Schema, type ClientRegisteredV1 } from './client-registered.v1';
import { exampleClientRegisteredV1 } from './client-registered.v1.example';

const good: ClientRegisteredV1 = exampleClientRegisteredV1('5b0c3f5e-8a3c-4c55-9d3e-6c1c9f0f2a11', { preferredLanguage: 'sv' });

describe('ClientRegistered v1 schema', () => {
  it('is registered under its type and version', () => {
    expect(schemaFor('ClientRegistered', 1)).toBe(clientRegisteredV1Schema);
    expect(schemaFor('ClientRegistered', 2)).toBeUndefined();
  });

  it('accepts a well-formed payload', () => {
    expect(validateIntegrationEvent('ClientRegistered', 1, good)).toEqual({ valid: true, errors: [] });
  });

  it('rejects an extra field, naming it', () => {
    const result = validateIntegrationEvent('ClientRegistered', 1, { ...good, name: 'Maija Meikäläinen' });
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual(['/ must NOT have additional properties (name)']);
    // Error lines name fields, never values: they end up in logs and dead-letter headers.
    expect(result.errors.join()).not.toContain('Maija');
  });

  it('rejects a missing field', () => {
    const { registeredAt: _omitted, ...withoutTime } = good;
    const result = validateIntegrationEvent('ClientRegistered', 1, withoutTime);
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual(["/ must have required property 'registeredAt' (registeredAt)"]);
  });

  it('rejects wrong formats and values', () => {
    const result = validateIntegrationEvent('ClientRegistered', 1, {
      ...good,
      clientId: 'not-a-uuid',
      preferredLanguage: 'de',
      registeredAt: 'yesterday',
    });
    expect(result.valid).toBe(false);
    expect(result.errors).toHaveLength(3);
    expect(result.errors.join('\n')).not.toMatch(/not-a-uuid|yesterday|de\b/);
  });

  it('treats an unknown type or version as invalid', () => {
    expect(validateIntegrationEvent('NoSuchEvent', 1, {})).toEqual({
      valid: false,
      errors: ['no schema registered for NoSuchEvent.v1'],
    });
  });
});
