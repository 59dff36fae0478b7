import { registeredSchemas } from '../schema-registry';
import { publishedEvents, publishedTopics } from './published-events';

describe('publishedEvents', () => {
  it('assigns every registered schema to exactly one publishing service and its topic', () => {
    const events = publishedEvents();
    expect(events.map((e) => e.key).sort()).toEqual(registeredSchemas().map((s) => `${s.type}.v${s.version}`).sort());
    for (const e of events) {
      expect(e.topic).toBe(`career.${e.service}.events.v1`);
      expect(e.source).toBe(`/career/${e.service}`);
      expect(e.ceType).toBe(`fi.ely.career.${e.type}.v${e.version}`);
    }
  });

  it('names each schema under its service ($id https://career.ely.fi/schemas/<service>/<Type>.v<n>.json)', () => {
    for (const e of publishedEvents()) {
      expect(e.schema.$id).toBe(`https://career.ely.fi/schemas/${e.service}/${e.key}.json`);
    }
  });

  it('groups events by topic, client-intake first', () => {
    const topics = publishedTopics();
    expect(topics[0]).toMatchObject({ service: 'client-intake', topic: 'career.client-intake.events.v1' });
    expect(topics[0].events.map((e) => e.key)).toContain('ClientRegistered.v1');
  });
});
