import { ceTypeOf, dlqTopicOf, parseCeType, sourceOf, topicOf } from './integration-event';

describe('integration event naming', () => {
  it('builds and parses CloudEvents types', () => {
    expect(ceTypeOf('ClientRegistered', 1)).toBe('fi.ely.career.ClientRegistered.v1');
    expect(parseCeType('fi.ely.career.MeetingHeld.v12')).toEqual({ type: 'MeetingHeld', version: 12 });
    expect(parseCeType('com.example.Other.v1')).toBeUndefined();
    expect(parseCeType('fi.ely.career.ClientRegistered.v0')).toBeUndefined();
    expect(() => ceTypeOf('client-registered', 1)).toThrow(/PascalCase/);
    expect(() => ceTypeOf('ClientRegistered', 0)).toThrow(/positive integer/);
  });

  it('names topics, dead-letter topics and sources', () => {
    expect(topicOf('scheduling')).toBe('career.scheduling.events.v1');
    expect(dlqTopicOf(topicOf('client-intake'))).toBe('career.client-intake.events.v1.dlq');
    expect(sourceOf('client-intake')).toBe('/career/client-intake');
    expect(() => topicOf('Scheduling')).toThrow(/kebab-case/);
  });
});
