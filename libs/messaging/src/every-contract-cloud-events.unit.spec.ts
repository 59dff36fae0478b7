import {
  buildAsyncApi,
  CLOUD_EVENTS_HEADERS,
  DEAD_LETTER_HEADERS,
  exampleIntegrationEvent,
  publishedEvents,
  validateIntegrationEvent,
} from '@career/contracts';
import { CE_HEADERS } from './cloud-event-headers';
import { fromKafkaMessage } from './from-kafka-message';
import { DLQ_HEADERS } from './integration-consumer';
import { toKafkaMessage } from './to-kafka-message';

/** What a consumer receives: values and header values as Buffers. */
function received(message: ReturnType<typeof toKafkaMessage>) {
  return {
    value: Buffer.from(message.value),
    headers: Object.fromEntries(Object.entries(message.headers).map(([k, v]) => [k, Buffer.from(v)])),
  };
}

// Every registered event type and version, as the relay would publish its example: the
// CloudEvents binary-mode headers are all there and right, and it reads back unchanged.
describe.each(publishedEvents().map((e) => [e.key, e] as const))('CloudEvents message of %s', (_key, published) => {
  const event = exampleIntegrationEvent(published);
  const message = toKafkaMessage(event);

  it('carries every required header, key = clientId, value = the JSON payload', () => {
    expect(message.key).toBe(event.subject);
    expect(message.headers).toEqual({
      ce_specversion: '1.0',
      ce_id: event.id,
      ce_source: `/career/${published.service}`,
      ce_type: `fi.ely.career.${published.type}.v${published.version}`,
      ce_subject: event.subject,
      ce_time: event.time,
      ce_organisation: event.organisation,
      'content-type': 'application/json',
    });
    expect(validateIntegrationEvent(published.type, published.version, JSON.parse(message.value))).toEqual({ valid: true, errors: [] });
  });

  it('reads back as the same integration event', () => {
    expect(fromKafkaMessage(received(message))).toEqual(event);
  });
});

// The contracts document the headers without depending on this library: the names must agree.
describe('documented headers', () => {
  it('are the headers toKafkaMessage writes', () => {
    expect(CLOUD_EVENTS_HEADERS.map((h) => h.name).sort()).toEqual(Object.values(CE_HEADERS).sort());
  });

  it('are the headers the consumer adds to dead letters', () => {
    expect(DEAD_LETTER_HEADERS.map((h) => h.name).sort()).toEqual(Object.values(DLQ_HEADERS).sort());
  });

  it('appear in the AsyncAPI document', () => {
    const document = JSON.stringify(buildAsyncApi());
    for (const name of [...Object.values(CE_HEADERS), ...Object.values(DLQ_HEADERS)]) expect(document).toContain(`"${name}"`);
  });
});
