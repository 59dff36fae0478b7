import type { IntegrationEvent } from '@career/contracts';
import { fromKafkaMessage, InvalidMessageError } from './from-kafka-message';
import { toKafkaMessage } from './to-kafka-message';

const event: IntegrationEvent = {
  id: '0a3c2c52-8f0e-4a57-9a8d-6f6f1b0b8c01',
  type: 'ClientRegistered',
  version: 1,
  source: '/career/client-intake',
  subject: '5b0c3f5e-8a3c-4c55-9d3e-6c1c9f0f2a11',
  time: '2026-02-03T09:15:00.000Z',
  organisation: 'KEHA-UUSIMAA',
  data: { clientId: '5b0c3f5e-8a3c-4c55-9d3e-6c1c9f0f2a11', preferredLanguage: 'fi' },
};

/** What a consumer receives: header values as Buffers. */
function received(message: ReturnType<typeof toKafkaMessage>) {
  return {
    value: Buffer.from(message.value),
    headers: Object.fromEntries(Object.entries(message.headers).map(([k, v]) => [k, Buffer.from(v)])),
  };
}

describe('CloudEvents binary mode', () => {
  it('writes the headers, key = clientId, value = JSON data', () => {
    expect(toKafkaMessage(event)).toEqual({
      key: event.subject,
      value: JSON.stringify(event.data),
      headers: {
        ce_specversion: '1.0',
        ce_id: event.id,
        ce_source: '/career/client-intake',
        ce_type: 'fi.ely.career.ClientRegistered.v1',
        ce_subject: event.subject,
        ce_time: event.time,
        ce_organisation: 'KEHA-UUSIMAA',
        'content-type': 'application/json',
      },
    });
  });

  it('reads back the same integration event', () => {
    expect(fromKafkaMessage(received(toKafkaMessage(event)))).toEqual(event);
  });

  it.each([
    ['a missing id', { ce_id: undefined }, 'missing header ce_id'],
    ['another spec version', { ce_specversion: '0.3' }, 'unsupported ce_specversion'],
    ['a foreign type', { ce_type: 'com.example.Thing' }, 'ce_type is not fi.ely.career.<Type>.v<version>'],
    ['a non-JSON content type', { 'content-type': 'application/avro' }, 'unsupported content-type'],
    ['a bad time', { ce_time: 'yesterday' }, 'ce_time is not a timestamp'],
    ['an impossible time', { ce_time: '2027-02-30T10:00:00Z' }, 'ce_time is not a timestamp'],
    ['a time without an offset', { ce_time: '2027-02-03T10:00:00' }, 'ce_time is not a timestamp'],
  ])('rejects %s', (_case, override, message) => {
    const message_ = received(toKafkaMessage(event));
    const headers = { ...message_.headers, ...override } as Record<string, Buffer | string | undefined>;
    expect(() => fromKafkaMessage({ value: message_.value, headers })).toThrow(new InvalidMessageError(message));
  });

  it('rejects a value that is not JSON without quoting it', () => {
    const message = received(toKafkaMessage(event));
    expect(() => fromKafkaMessage({ ...message, value: Buffer.from('{"name": Maija') })).toThrow(
      new InvalidMessageError('value is not valid JSON'),
    );
    expect(() => fromKafkaMessage({ ...message, value: null })).toThrow('message has no value');
  });

  it('accepts a charset parameter on the content type', () => {
    const message = received(toKafkaMessage(event));
    const headers = { ...message.headers, 'content-type': 'application/json; charset=utf-8' };
    expect(fromKafkaMessage({ value: message.value, headers }).data).toEqual(event.data);
  });
});
