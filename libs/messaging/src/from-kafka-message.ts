import { parseCeType, type IntegrationEvent } from '@career/contracts';
import { isInstant } from '@career/calendar';
import type { IHeaders } from 'kafkajs';
import { CE_HEADERS, CE_SPEC_VERSION, JSON_CONTENT_TYPE } from './cloud-event-headers';

/** A message that can never be processed, however often it is retried: it goes to the DLQ. */
export class InvalidMessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidMessageError';
  }
}

export interface IncomingMessage {
  value: Buffer | string | null;
  headers?: IHeaders;
}

export function headerText(headers: IHeaders | undefined, name: string): string | undefined {
  const raw = headers?.[name];
  const first = Array.isArray(raw) ? raw[0] : raw;
  return first === undefined ? undefined : first.toString();
}

/**
 * Reads a CloudEvents binary-mode message back into an IntegrationEvent. Error messages name
 * the header or the problem, never the offending content.
 */
export function fromKafkaMessage(message: IncomingMessage): IntegrationEvent {
  const required = (name: string): string => {
    const value = headerText(message.headers, name);
    if (!value) throw new InvalidMessageError(`missing header ${name}`);
    return value;
  };
  const specversion = required(CE_HEADERS.specversion);
  if (specversion !== CE_SPEC_VERSION) throw new InvalidMessageError(`unsupported ${CE_HEADERS.specversion}`);
  const contentType = headerText(message.headers, CE_HEADERS.contentType);
  // Absent means JSON by our convention; anything else (e.g. Avro) is not ours to read.
  if (contentType !== undefined && contentType.split(';')[0].trim().toLowerCase() !== JSON_CONTENT_TYPE) {
    throw new InvalidMessageError(`unsupported ${CE_HEADERS.contentType}`);
  }
  const ceType = parseCeType(required(CE_HEADERS.type));
  if (!ceType) throw new InvalidMessageError(`${CE_HEADERS.type} is not fi.ely.career.<Type>.v<version>`);
  const time = required(CE_HEADERS.time);
  // Strict, as every date the services read (docs/architecture.md#conventions, Dates): 2027-02-30T10:00Z is not a moment.
  if (!isInstant(time)) throw new InvalidMessageError(`${CE_HEADERS.time} is not a timestamp`);
  if (message.value === null) throw new InvalidMessageError('message has no value');

  let data: unknown;
  try {
    data = JSON.parse(message.value.toString());
  } catch {
    // JSON.parse's own message quotes the input: never pass it on.
    throw new InvalidMessageError('value is not valid JSON');
  }
  return {
    id: required(CE_HEADERS.id),
    type: ceType.type,
    version: ceType.version,
    source: required(CE_HEADERS.source),
    subject: required(CE_HEADERS.subject),
    time,
    organisation: required(CE_HEADERS.organisation),
    data,
  };
}
