import { ceTypeOf, type IntegrationEvent } from '@career/contracts';
import { CE_HEADERS, CE_SPEC_VERSION, JSON_CONTENT_TYPE } from './cloud-event-headers';

export interface OutgoingMessage {
  key: string;
  value: string;
  headers: Record<string, string>;
}

/** An integration event as a Kafka message: key = clientId, so one client's events stay in order. */
export function toKafkaMessage(event: IntegrationEvent): OutgoingMessage {
  return {
    key: event.subject,
    value: JSON.stringify(event.data),
    headers: {
      [CE_HEADERS.specversion]: CE_SPEC_VERSION,
      [CE_HEADERS.id]: event.id,
      [CE_HEADERS.source]: event.source,
      [CE_HEADERS.type]: ceTypeOf(event.type, event.version),
      [CE_HEADERS.subject]: event.subject,
      [CE_HEADERS.time]: event.time,
      [CE_HEADERS.organisation]: event.organisation,
      [CE_HEADERS.contentType]: JSON_CONTENT_TYPE,
    },
  };
}
