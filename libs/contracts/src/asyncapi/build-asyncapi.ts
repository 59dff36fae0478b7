import { deprecationOf, removableFrom, type Deprecation } from '../compatibility/deprecations';
import { exampleIntegrationEvent } from '../examples';
import { CLOUD_EVENTS_HEADERS, DEAD_LETTER_HEADERS, MESSAGE_KEY_DOC, type HeaderDoc } from './message-headers';
import { publishedEvents, publishedTopics, type PublishedEvent } from './published-events';
import { dlqTopicOf } from '../integration-event';

export type AsyncApiDocument = Record<string, unknown>;

const KAFKA_BINDING_VERSION = '0.5.0';
const DEAD_LETTER_MESSAGE = 'DeadLetter';

/** `career.client-intake.events.v1` -> `clientIntakeEvents` (channel ids are identifiers). */
export function channelIdOf(service: string, suffix: 'Events' | 'DeadLetters'): string {
  return service.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()) + suffix;
}

/**
 * The AsyncAPI 3 document of every topic, message, header and dead-letter topic, built from
 * the registry (see publishedEvents). Written to libs/contracts/asyncapi.yaml by
 * scripts/generate-contract-docs.mjs; a test fails when the committed file is stale.
 */
export function buildAsyncApi(events: readonly PublishedEvent[] = publishedEvents(), deprecations?: readonly Deprecation[]): AsyncApiDocument {
  const topics = publishedTopics(events);
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {
    CloudEventsHeaders: headersSchema(CLOUD_EVENTS_HEADERS, 'CloudEvents 1.0 attributes in Kafka binary mode: on every message.'),
    DeadLetterHeaders: {
      ...headersSchema(DEAD_LETTER_HEADERS, 'Added to a dead letter; the original message\'s headers (ce_* included, when it had them) stay as they were.'),
      additionalProperties: true,
    },
  };

  for (const { service, topic, source, events: topicEvents } of topics) {
    const eventsChannel = channelIdOf(service, 'Events');
    const dlqChannel = channelIdOf(service, 'DeadLetters');
    channels[eventsChannel] = {
      address: topic,
      title: topic,
      description: `Everything ${service} publishes (CloudEvents source \`${source}\`). Key = clientId, so one client's events are in order; consumer groups commit after processing, delivery is at least once.`,
      messages: Object.fromEntries(topicEvents.map((e) => [e.key, { $ref: `#/components/messages/${e.key}` }])),
      bindings: { kafka: { topic, bindingVersion: KAFKA_BINDING_VERSION } },
    };
    channels[dlqChannel] = {
      address: dlqTopicOf(topic),
      title: dlqTopicOf(topic),
      description: `Messages of ${topic} that a consumer could not process: invalid ones at once, others after its retries. Key, value and headers are the original's, plus the dlq_* headers.`,
      messages: { [DEAD_LETTER_MESSAGE]: { $ref: `#/components/messages/${DEAD_LETTER_MESSAGE}` } },
      bindings: { kafka: { topic: dlqTopicOf(topic), bindingVersion: KAFKA_BINDING_VERSION } },
    };
    operations[`publish${capitalise(eventsChannel)}`] = {
      action: 'send',
      title: `${service} publishes its integration events`,
      channel: { $ref: `#/channels/${eventsChannel}` },
      messages: topicEvents.map((e) => ({ $ref: `#/channels/${eventsChannel}/messages/${e.key}` })),
    };
    operations[`deadLetter${capitalise(eventsChannel)}`] = {
      action: 'send',
      title: `A consumer of ${topic} dead-letters a message it cannot process`,
      channel: { $ref: `#/channels/${dlqChannel}` },
      messages: [{ $ref: `#/channels/${dlqChannel}/messages/${DEAD_LETTER_MESSAGE}` }],
    };
    for (const event of topicEvents) {
      schemas[event.key] = payloadSchema(event);
      messages[event.key] = eventMessage(event, deprecationOf(event.key, deprecations));
    }
  }

  messages[DEAD_LETTER_MESSAGE] = {
    name: DEAD_LETTER_MESSAGE,
    title: 'Dead letter',
    summary: 'A message a consumer gave up on, unchanged, with where it came from and why.',
    contentType: 'application/json',
    headers: { $ref: '#/components/schemas/DeadLetterHeaders' },
    payload: { description: 'The original value, byte for byte: usually an event payload, but possibly not JSON at all (that may be why it is here).' },
    bindings: { kafka: { key: { type: 'string', description: 'The original message\'s key.' }, bindingVersion: KAFKA_BINDING_VERSION } },
  };

  return {
    asyncapi: '3.0.0',
    id: 'urn:fi:ely:career:integration-events',
    info: {
      title: 'Career guidance integration events',
      version: '1.0.0',
      description: [
        'The facts the career-guidance services publish on Kafka for each other and for outside services: one topic per publishing service, `career.<service>.events.v1`, and a dead-letter topic `<topic>.dlq` beside each.',
        'Every message is a CloudEvents 1.0 event in Kafka binary mode: attributes in `ce_*` headers, the JSON payload as the value, the clientId (a random UUID) as the key. `ce_type` = `fi.ely.career.<Type>.v<version>` names the JSON Schema (draft 2020-12) the value follows; the schemas are also in libs/contracts/schemas/.',
        'No payload carries personal data (names, identity codes, dates of birth, contact details, free-text notes): consumers that truly need them ask the owning service\'s HTTP API.',
        'Compatibility: adding an optional field keeps the version; any other change is a new version, published alongside the old one for a deprecation period (see libs/contracts/README.md).',
      ].join('\n\n'),
      license: { name: 'EUPL-1.2', url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12' },
    },
    defaultContentType: 'application/json',
    servers: {
      local: {
        host: '127.0.0.1:9092',
        protocol: 'kafka',
        description: 'The local development broker (infra/local/up.sh). Deployments name theirs in KAFKA_BROKERS.',
      },
    },
    channels,
    operations,
    components: { schemas, messages },
  };
}

function eventMessage(event: PublishedEvent, deprecation: Deprecation | undefined): Record<string, unknown> {
  const example = exampleIntegrationEvent(event);
  const description = [
    typeof event.schema.description === 'string' ? event.schema.description : '',
    deprecation ? deprecationText(deprecation) : '',
  ].filter(Boolean).join('\n\n');
  return {
    name: event.key,
    title: `${event.type} v${event.version}`,
    summary: `\`${event.ceType}\` on ${event.topic}`,
    description,
    contentType: 'application/json',
    headers: {
      allOf: [
        { $ref: '#/components/schemas/CloudEventsHeaders' },
        {
          type: 'object',
          properties: {
            ce_type: { type: 'string', const: event.ceType },
            ce_source: { type: 'string', const: event.source },
          },
        },
      ],
    },
    payload: { $ref: `#/components/schemas/${event.key}` },
    correlationId: { description: 'The event id: deduplicate by it.', location: '$message.header#/ce_id' },
    bindings: { kafka: { key: { type: 'string', format: 'uuid', description: MESSAGE_KEY_DOC }, bindingVersion: KAFKA_BINDING_VERSION } },
    examples: [
      {
        name: `${event.key}.example`,
        headers: {
          ce_specversion: '1.0',
          ce_id: example.id,
          ce_source: example.source,
          ce_type: event.ceType,
          ce_subject: example.subject,
          ce_time: example.time,
          ce_organisation: example.organisation,
          'content-type': 'application/json',
        },
        payload: example.data,
      },
    ],
  };
}

/**
 * The payload as an AsyncAPI schema: the published JSON Schema without `$schema` (AsyncAPI's
 * default schema format is its own superset of JSON Schema; the keywords used are common to
 * both). The canonical draft 2020-12 file is libs/contracts/schemas/<Type>.v<version>.json.
 */
function payloadSchema(event: PublishedEvent): Record<string, unknown> {
  const { $schema: _dialect, ...schema } = event.schema;
  return schema;
}

export function deprecationText(deprecation: Deprecation): string {
  return `**Deprecated** since ${deprecation.deprecatedOn}: use ${deprecation.replacedBy}. Published until at least ${removableFrom(deprecation)}. ${deprecation.note}`.trim();
}

function headersSchema(headers: readonly HeaderDoc[], description: string): Record<string, unknown> {
  return {
    type: 'object',
    description,
    required: headers.map((h) => h.name),
    properties: Object.fromEntries(headers.map((h) => [h.name, { ...h.schema, description: h.description }])),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
