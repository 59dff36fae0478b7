/**
 * A fact one service publishes for others (docs/architecture.md#conventions): what crosses a service boundary on
 * Kafka. Not the raw domain event: a stable, versioned public contract carried as a
 * CloudEvents 1.0 message (binary mode, see @career/messaging).
 */
export interface IntegrationEvent<Type extends string = string, Data = unknown> {
  /** The source event's eventId: consumers spot duplicates by it (delivery is at-least-once). */
  id: string;
  /** Past-tense PascalCase event name, e.g. `ClientRegistered`. */
  type: Type;
  /** Schema version of `data`; a change of meaning is a new version, never an edit. */
  version: number;
  /** `/career/<service>`. */
  source: string;
  /** The clientId (a random UUID, never a personal identifier); also the Kafka message key. */
  subject: string;
  /** ISO 8601: when the fact happened. */
  time: string;
  /** Code of the organisation the record belongs to (tenancy). */
  organisation: string;
  data: Data;
}

const CE_TYPE_PREFIX = 'fi.ely.career.';

/** `('ClientRegistered', 1)` -> `fi.ely.career.ClientRegistered.v1` (the CloudEvents `type`). */
export function ceTypeOf(type: string, version: number): string {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(type)) throw new Error(`event type must be PascalCase, got "${type}"`);
  if (!Number.isInteger(version) || version < 1) throw new Error(`schema version must be a positive integer, got ${version}`);
  return `${CE_TYPE_PREFIX}${type}.v${version}`;
}

/** The inverse of ceTypeOf; undefined for anything that is not one of ours. */
export function parseCeType(ceType: string): { type: string; version: number } | undefined {
  const match = /^fi\.ely\.career\.([A-Z][A-Za-z0-9]*)\.v([1-9][0-9]*)$/.exec(ceType);
  return match ? { type: match[1], version: Number(match[2]) } : undefined;
}

/**
 * One topic per publishing service: `career.<service>.events.v1`. Where `KAFKA_TOPIC_NAMESPACE`
 * is set (test runs sharing one local broker; never in production), every topic name carries it
 * as a prefix, `<namespace>.career.<service>.events.v1`, so a run reads only its own history.
 */
export function topicOf(service: string, namespace = process.env.KAFKA_TOPIC_NAMESPACE): string {
  if (!/^[a-z][a-z0-9-]*$/.test(service)) throw new Error(`service name must be kebab-case, got "${service}"`);
  if (namespace && !TOPIC_NAMESPACE.test(namespace)) throw new Error('KAFKA_TOPIC_NAMESPACE must be 1-40 lower-case letters, digits or dashes');
  return `${namespace ? `${namespace}.` : ''}career.${service}.events.v1`;
}

/** What `KAFKA_TOPIC_NAMESPACE` may be. */
export const TOPIC_NAMESPACE = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** `/career/<service>`: the CloudEvents `source` of everything a service publishes. */
export function sourceOf(service: string): string {
  return `/career/${service}`;
}

/** Where messages a consumer cannot process go: `<topic>.dlq`. */
export function dlqTopicOf(topic: string): string {
  return `${topic}.dlq`;
}
