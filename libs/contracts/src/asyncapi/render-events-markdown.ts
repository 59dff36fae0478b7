import { deprecationOf, DEPRECATION_PERIOD_MONTHS, type Deprecation } from '../compatibility/deprecations';
import { exampleIntegrationEvent } from '../examples';
import { dlqTopicOf } from '../integration-event';
import { deprecationText } from './build-asyncapi';
import { CLOUD_EVENTS_HEADERS, DEAD_LETTER_HEADERS, MESSAGE_KEY_DOC, type HeaderDoc } from './message-headers';
import { publishedEvents, publishedTopics, type PublishedEvent } from './published-events';

type Node = Readonly<Record<string, unknown>>;

/**
 * docs/events.md: the human-readable catalogue of the same facts as asyncapi.yaml (topic by
 * topic, event by event: when it is emitted, its fields, an example message).
 */
export function renderEventsMarkdown(events: readonly PublishedEvent[] = publishedEvents(), deprecations?: readonly Deprecation[]): string {
  const topics = publishedTopics(events);
  const lines: string[] = [
    '<!-- Generated from libs/contracts/src by `node scripts/generate-contract-docs.mjs`: do not edit by hand. -->',
    '# Integration events',
    '',
    'What the career-guidance services publish on Kafka, for each other and for outside services. The same',
    'contract as [`libs/contracts/asyncapi.yaml`](../libs/contracts/asyncapi.yaml) (AsyncAPI 3); the JSON Schemas',
    '(draft 2020-12) are in [`libs/contracts/schemas/`](../libs/contracts/schemas/), and',
    '[`examples/consumer/`](../examples/consumer/) is a minimal consumer that validates against them.',
    '',
    '## How to read a message',
    '',
    `* **Topic**: one per publishing service, \`career.<service>.events.v1\`; dead letters go to \`<topic>.dlq\`.`,
    `* **Key**: ${MESSAGE_KEY_DOC}`,
    '* **Value**: the event\'s JSON payload, following the schema that `ce_type` names.',
    '* **Delivery**: at least once. Deduplicate by `ce_id`; process a client\'s events in key order.',
    '* **Personal data**: none. Names, identity codes, dates of birth, contact details and free-text notes stay',
    '  in the owning service; ask its HTTP API when you truly need them.',
    `* **Versions**: adding an optional field keeps the version (ignore fields you do not know). Any other change is a`,
    `  new version (\`.v2\`), published alongside the old one for at least ${DEPRECATION_PERIOD_MONTHS} months.`,
    '',
    'Headers (CloudEvents 1.0, Kafka binary mode), on every message:',
    '',
    ...headerTable(CLOUD_EVENTS_HEADERS),
    '',
    '## Topics',
    '',
    ...topics.flatMap(({ topic, events: topicEvents }) => [
      `* [\`${topic}\`](#${anchor(topic)}): ${topicEvents.map((e) => `[${e.type} v${e.version}](#${anchor(`${e.type} v${e.version}`)})`).join(', ')}`,
    ]),
    `* [Dead-letter topics](#dead-letter-topics)`,
    '',
  ];

  for (const { service, topic, source, events: topicEvents } of topics) {
    lines.push(`## ${topic}`, '', `Published by ${service} (\`ce_source\` = \`${source}\`). Dead letters: \`${dlqTopicOf(topic)}\`.`, '');
    for (const event of topicEvents) lines.push(...eventSection(event, deprecationOf(event.key, deprecations)));
  }

  lines.push(
    '## Dead-letter topics',
    '',
    'A consumer that cannot process a message (invalid headers, JSON or schema at once; a failing handler after its',
    'retries) sends it to `<topic>.dlq` unchanged (key, value, headers) and adds:',
    '',
    ...headerTable(DEAD_LETTER_HEADERS),
    '',
  );
  return lines.join('\n');
}

function eventSection(event: PublishedEvent, deprecation: Deprecation | undefined): string[] {
  const example = exampleIntegrationEvent(event);
  const headers = {
    ce_specversion: '1.0',
    ce_id: example.id,
    ce_source: example.source,
    ce_type: event.ceType,
    ce_subject: example.subject,
    ce_time: example.time,
    ce_organisation: example.organisation,
    'content-type': 'application/json',
  };
  return [
    `### ${event.type} v${event.version}`,
    '',
    ...(deprecation ? [`> ${deprecationText(deprecation)}`, ''] : []),
    `\`ce_type\` = \`${event.ceType}\` · schema [\`${event.key}.json\`](../libs/contracts/schemas/${event.key}.json)`,
    '',
    `**When**: ${text(event.schema.description) || '(no description)'}`,
    '',
    '| field | type | required | meaning |',
    '| --- | --- | --- | --- |',
    ...fieldRows(event.schema, ''),
    '',
    'Example (key, headers, value):',
    '',
    '```json',
    JSON.stringify({ key: example.subject, headers, value: example.data }, null, 2),
    '```',
    '',
  ];
}

/** One row per field, nested objects flattened as `parent.child`, array items as `list[]`. */
function fieldRows(schema: Node, prefix: string): string[] {
  const properties = (schema.properties ?? {}) as Record<string, Node>;
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  return Object.entries(properties).flatMap(([name, child]) => {
    const field = `${prefix}${name}`;
    const row = `| \`${field}\` | ${cell(typeOf(child))} | ${required.has(name) ? 'yes' : 'no'} | ${cell(text(child.description))} |`;
    const items = child.items as Node | undefined;
    const nested = isObject(child) ? fieldRows(child, `${field}.`) : items && isObject(items) ? fieldRows(items, `${field}[].`) : [];
    return [row, ...nested];
  });
}

function isObject(node: Node): boolean {
  return node.type === 'object' || node.properties !== undefined;
}

/** `string (uuid)`, `integer ≥ 1`, `"fi" | "sv" | "en"`, `array of string`, `string length 1..200`. */
function typeOf(node: Node): string {
  if ('const' in node) return `\`${JSON.stringify(node.const)}\``;
  if (Array.isArray(node.enum)) return node.enum.map((v) => `\`${JSON.stringify(v)}\``).join(' | ');
  const type = Array.isArray(node.type) ? node.type.join(' | ') : String(node.type ?? 'any');
  const parts = [type === 'array' ? `array of ${typeOf((node.items ?? {}) as Node)}` : type];
  if (typeof node.format === 'string') parts.push(`(${node.format})`);
  const bounds = [
    range(node.minimum, node.maximum, node.exclusiveMinimum, node.exclusiveMaximum),
    lengthRange('length', node.minLength, node.maxLength),
    lengthRange('items', node.minItems, node.maxItems),
    typeof node.pattern === 'string' ? `matching \`${node.pattern}\`` : '',
  ].filter(Boolean);
  return [...parts, ...bounds].join(' ');
}

function range(min: unknown, max: unknown, exclusiveMin: unknown, exclusiveMax: unknown): string {
  const low = typeof min === 'number' ? min : undefined;
  const high = typeof max === 'number' ? max : undefined;
  if (low !== undefined && high !== undefined) return `${low}..${high}`;
  const parts = [
    low !== undefined ? `≥ ${low}` : '',
    typeof exclusiveMin === 'number' ? `> ${exclusiveMin}` : '',
    high !== undefined ? `≤ ${high}` : '',
    typeof exclusiveMax === 'number' ? `< ${exclusiveMax}` : '',
  ];
  return parts.filter(Boolean).join(', ');
}

function lengthRange(what: string, min: unknown, max: unknown): string {
  if (typeof min !== 'number' && typeof max !== 'number') return '';
  if (typeof max !== 'number') return `${what} ≥ ${String(min)}`;
  return `${what} ${typeof min === 'number' ? min : 0}..${max}`;
}

function headerTable(headers: readonly HeaderDoc[]): string[] {
  return ['| header | value | meaning |', '| --- | --- | --- |', ...headers.map((h) => `| \`${h.name}\` | ${cell(typeOf(h.schema))} | ${cell(h.description)} |`)];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function cell(value: string): string {
  return value.replace(/\|/g, '\\|').replace(/\n+/g, ' ');
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes. */
function anchor(heading: string): string {
  return heading.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');
}
