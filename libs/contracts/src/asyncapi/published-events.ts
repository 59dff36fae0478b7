import { ceTypeOf, sourceOf, topicOf } from '../integration-event';
import type { JsonSchema, PublishedSchema } from '../published-schema';
import { registeredSchemas } from '../schema-registry';
import { CLIENT_INTAKE_SCHEMAS } from '../client-intake';
import { DOCUMENT_GENERATION_SCHEMAS } from '../document-generation';
import { OUTCOMES_REPORTING_SCHEMAS } from '../outcomes-reporting';
import { SCHEDULING_SCHEMAS } from '../scheduling';
import { SKILLS_ASSESSMENT_SCHEMAS } from '../skills-assessment';

/**
 * Which service publishes each schema. The registry merges the per-service lists; the
 * documents need them apart again (one topic per service). Order = order of the topics in
 * the generated documents.
 */
const PUBLISHERS: readonly { service: string; schemas: readonly PublishedSchema[] }[] = [
  { service: 'client-intake', schemas: CLIENT_INTAKE_SCHEMAS },
  { service: 'scheduling', schemas: SCHEDULING_SCHEMAS },
  { service: 'skills-assessment', schemas: SKILLS_ASSESSMENT_SCHEMAS },
  { service: 'document-generation', schemas: DOCUMENT_GENERATION_SCHEMAS },
  { service: 'outcomes-reporting', schemas: OUTCOMES_REPORTING_SCHEMAS },
];

/** One registered event type and version with everything the documents say about it. */
export interface PublishedEvent {
  /** `<Type>.v<version>`: the registry key, the schema file name, the AsyncAPI message id. */
  key: string;
  type: string;
  version: number;
  /** `fi.ely.career.<Type>.v<version>`. */
  ceType: string;
  service: string;
  topic: string;
  /** `/career/<service>`. */
  source: string;
  schema: JsonSchema;
}

export function eventKeyOf(type: string, version: number): string {
  return `${type}.v${version}`;
}

/**
 * Every registered schema with its publisher, in topic order then registry order. Derived
 * from registeredSchemas(), so a new event or version appears without touching this file;
 * a schema that no publisher lists (a sixth service wired into the registry only) throws.
 */
export function publishedEvents(): PublishedEvent[] {
  const serviceOf = new Map<string, { service: string; order: number }>();
  PUBLISHERS.forEach(({ service, schemas }, order) => {
    for (const s of schemas) serviceOf.set(eventKeyOf(s.type, s.version), { service, order });
  });
  const events = registeredSchemas().map(({ type, version, schema }, index) => {
    const key = eventKeyOf(type, version);
    const publisher = serviceOf.get(key);
    if (!publisher) throw new Error(`${key} is registered but no publishing service lists it (see PUBLISHERS in published-events.ts)`);
    const event: PublishedEvent = {
      key,
      type,
      version,
      ceType: ceTypeOf(type, version),
      service: publisher.service,
      topic: topicOf(publisher.service),
      source: sourceOf(publisher.service),
      schema,
    };
    return { event, order: publisher.order, index };
  });
  return events.sort((a, b) => a.order - b.order || a.index - b.index).map((e) => e.event);
}

/** The topics that carry at least one registered event, in document order. */
export function publishedTopics(events: readonly PublishedEvent[] = publishedEvents()): { service: string; topic: string; source: string; events: PublishedEvent[] }[] {
  const topics = new Map<string, { service: string; topic: string; source: string; events: PublishedEvent[] }>();
  for (const event of events) {
    const entry = topics.get(event.topic) ?? { service: event.service, topic: event.topic, source: event.source, events: [] };
    entry.events.push(event);
    topics.set(event.topic, entry);
  }
  return [...topics.values()];
}
