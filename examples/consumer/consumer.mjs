#!/usr/bin/env node
// Reference consumer of the career-guidance integration events, for outside services.
// Plain kafkajs + the published JSON Schemas (libs/contracts/schemas/*.json): no code of the
// services. Subscribes to every `career.<service>.events.v1` topic, reads each message as a
// CloudEvent in Kafka binary mode, validates its value against the schema its `ce_type`
// names, and prints one line per event. See README.md beside this file.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import kafkajs from 'kafkajs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const { Kafka, logLevel } = kafkajs;
const here = path.dirname(new URL(import.meta.url).pathname);

const USAGE = `usage: node consumer.mjs [options]
  --brokers LIST        Kafka brokers, comma-separated (default: $KAFKA_BROKERS or 127.0.0.1:9092)
  --group-id ID         consumer group (default: reference-consumer); one per consuming service
  --schemas DIR         folder of <Type>.v<n>.json schemas (default: libs/contracts/schemas)
  --topics LIST         topics to read (default: every topic matching career.<service>.events.v1)
  --latest              a new group starts at the end of the topics (default: from the beginning)
  --organisation CODE   only events of this organisation (ce_organisation)
  --max-messages N      exit after N events
  --idle-ms MS          exit when no message arrived for MS milliseconds
  --json                one JSON object per line instead of text
Exit code: 0 all events valid, 1 some invalid, 2 could not start.`;

const CAREER_TOPIC = /^career\.[a-z][a-z0-9-]*\.events\.v1$/;
const CE_TYPE = /^fi\.ely\.career\.([A-Z][A-Za-z0-9]*)\.v([1-9][0-9]*)$/;
const REQUIRED_HEADERS = ['ce_specversion', 'ce_id', 'ce_source', 'ce_type', 'ce_subject', 'ce_time', 'ce_organisation'];

function options() {
  const { values } = parseArgs({
    options: {
      brokers: { type: 'string', default: process.env.KAFKA_BROKERS || '127.0.0.1:9092' },
      'group-id': { type: 'string', default: 'reference-consumer' },
      schemas: { type: 'string', default: path.resolve(here, '../../libs/contracts/schemas') },
      topics: { type: 'string' },
      latest: { type: 'boolean', default: false },
      organisation: { type: 'string' },
      'max-messages': { type: 'string' },
      'idle-ms': { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const positive = (name) => {
    if (values[name] === undefined) return undefined;
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer`);
    return n;
  };
  return {
    brokers: values.brokers.split(',').map((b) => b.trim()).filter(Boolean),
    groupId: values['group-id'],
    schemasDir: values.schemas,
    topics: values.topics ? values.topics.split(',').map((t) => t.trim()).filter(Boolean) : [CAREER_TOPIC],
    fromBeginning: !values.latest,
    organisation: values.organisation,
    maxMessages: positive('max-messages'),
    idleMs: positive('idle-ms'),
    json: values.json,
  };
}

/** `<Type>.v<n>.json` files -> compiled validators by `<Type>.v<n>`. */
function loadValidators(dir) {
  const ajv = addFormats(new Ajv2020({ allErrors: true, strict: true }));
  const validators = new Map();
  for (const name of readdirSync(dir).filter((n) => /^[A-Z][A-Za-z0-9]*\.v[1-9][0-9]*\.json$/.test(n))) {
    const schema = JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
    validators.set(name.replace(/\.json$/, ''), ajv.compile(schema));
  }
  if (validators.size === 0) throw new Error(`no <Type>.v<n>.json schemas in ${dir}`);
  return validators;
}

const text = (value) => (value === undefined || value === null ? undefined : Buffer.isBuffer(value) ? value.toString('utf8') : String(value));

/**
 * One Kafka message -> what to print. Problems name headers and fields, never values: the
 * events carry no personal data, but a consumer should not echo what it cannot trust.
 */
function check(message, validators) {
  const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, text(Array.isArray(v) ? v[0] : v)]));
  const errors = [];
  for (const name of REQUIRED_HEADERS) if (!headers[name]) errors.push(`missing header ${name}`);
  if (headers.ce_specversion && headers.ce_specversion !== '1.0') errors.push('ce_specversion is not 1.0');
  const contentType = headers['content-type'];
  if (contentType && contentType.split(';')[0].trim().toLowerCase() !== 'application/json') errors.push('content-type is not application/json');
  if (headers.ce_time && Number.isNaN(Date.parse(headers.ce_time))) errors.push('ce_time is not a timestamp');
  if (headers.ce_subject && text(message.key) !== headers.ce_subject) errors.push('key is not ce_subject');
  const ceType = CE_TYPE.exec(headers.ce_type ?? '');
  if (headers.ce_type && !ceType) errors.push('ce_type is not fi.ely.career.<Type>.v<version>');
  const type = ceType?.[1];
  const version = ceType ? Number(ceType[2]) : undefined;

  let data;
  try {
    data = JSON.parse(text(message.value) ?? '');
  } catch {
    errors.push('value is not JSON');
  }
  if (ceType && data !== undefined) {
    const validate = validators.get(`${type}.v${version}`);
    if (!validate) errors.push(`no schema for ${type}.v${version}`);
    else if (!validate(data)) errors.push(...validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ''}`));
  }
  return {
    status: errors.length === 0 ? 'valid' : 'invalid',
    type,
    version,
    subject: headers.ce_subject,
    time: headers.ce_time,
    organisation: headers.ce_organisation,
    id: headers.ce_id,
    errors,
  };
}

function format(result, origin, json) {
  if (json) return JSON.stringify({ ...result, ...origin });
  const what = result.type ? `${result.type} v${result.version}` : '(unknown type)';
  const problems = result.errors.length ? `  ${result.errors.join('; ')}` : '';
  return `${result.status.padEnd(7)} ${what.padEnd(34)} subject=${result.subject ?? '-'} time=${result.time ?? '-'} topic=${origin.topic}${problems}`;
}

async function main() {
  const opts = options();
  const validators = loadValidators(opts.schemasDir);
  // kafkajs' own log lines go to stderr, so stdout holds only the event lines.
  const kafka = new Kafka({
    clientId: opts.groupId,
    brokers: opts.brokers,
    logLevel: logLevel.WARN,
    logCreator: () => ({ level, log }) => console.error(`[kafkajs ${level}] ${log.message}`),
  });
  const consumer = kafka.consumer({ groupId: opts.groupId, allowAutoTopicCreation: false });
  let printed = 0;
  let invalid = 0;
  let idleTimer;
  let stopping;

  const stop = (reason) => {
    stopping ??= (async () => {
      clearTimeout(idleTimer);
      await consumer.disconnect().catch(() => undefined);
      console.error(`reference consumer: ${printed} events, ${invalid} invalid (${reason})`);
      process.exit(invalid > 0 ? 1 : 0);
    })();
    return stopping;
  };
  const armIdleTimer = () => {
    if (!opts.idleMs) return;
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => void stop(`idle for ${opts.idleMs} ms`), opts.idleMs);
  };
  process.once('SIGINT', () => void stop('interrupted'));
  process.once('SIGTERM', () => void stop('terminated'));

  await consumer.connect();
  await consumer.subscribe({ topics: opts.topics, fromBeginning: opts.fromBeginning });
  // The idle clock starts once the group is joined: joining itself takes a few seconds.
  consumer.on(consumer.events.GROUP_JOIN, armIdleTimer);
  await consumer.run({
    eachMessage: async ({ topic, partition, message }) => {
      if (stopping) return;
      armIdleTimer();
      const result = check(message, validators);
      if (opts.organisation && result.organisation !== opts.organisation) return;
      printed++;
      if (result.status === 'invalid') invalid++;
      console.log(format(result, { topic, partition, offset: message.offset }, opts.json));
      // Not awaited: disconnecting waits for this handler to return.
      if (opts.maxMessages && printed >= opts.maxMessages) void stop(`${printed} messages`);
    },
  });
}

main().catch((error) => {
  console.error(`reference consumer could not start: ${error.message}`);
  process.exit(2);
});
