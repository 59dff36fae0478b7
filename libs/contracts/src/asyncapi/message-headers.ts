/**
 * The Kafka headers every message carries, as the documents describe them. @career/messaging
 * writes and reads them (contracts may not depend on it), so its tests check that these names
 * are exactly the ones it uses (CE_HEADERS, DLQ_HEADERS).
 */
export interface HeaderDoc {
  name: string;
  /** JSON Schema of the header's text value. */
  schema: Readonly<Record<string, unknown>>;
  description: string;
}

/** CloudEvents 1.0, Kafka protocol binding, binary mode: attributes as `ce_` headers. */
export const CLOUD_EVENTS_HEADERS: readonly HeaderDoc[] = [
  { name: 'ce_specversion', schema: { type: 'string', const: '1.0' }, description: 'CloudEvents specification version.' },
  { name: 'ce_id', schema: { type: 'string', format: 'uuid' }, description: 'The event id (the source event\'s eventId). Delivery is at least once: deduplicate by it.' },
  { name: 'ce_source', schema: { type: 'string', pattern: '^/career/[a-z][a-z0-9-]*$' }, description: '`/career/<service>`: the publishing service.' },
  { name: 'ce_type', schema: { type: 'string', pattern: '^fi\\.ely\\.career\\.[A-Z][A-Za-z0-9]*\\.v[1-9][0-9]*$' }, description: '`fi.ely.career.<Type>.v<version>`: which schema the value follows.' },
  { name: 'ce_subject', schema: { type: 'string', format: 'uuid' }, description: 'The clientId (a random UUID, never a personal identifier); equal to the message key.' },
  { name: 'ce_time', schema: { type: 'string', format: 'date-time' }, description: 'When the fact happened (ISO 8601).' },
  { name: 'ce_organisation', schema: { type: 'string', minLength: 1 }, description: 'Extension attribute: code of the organisation that owns the record, for scoping without reading the value.' },
  { name: 'content-type', schema: { type: 'string', const: 'application/json' }, description: 'CloudEvents `datacontenttype`: the value is JSON.' },
];

/** Added to a dead letter on top of the original message's own headers (key and value untouched). */
export const DEAD_LETTER_HEADERS: readonly HeaderDoc[] = [
  { name: 'dlq_origin_topic', schema: { type: 'string' }, description: 'Topic the message was read from.' },
  { name: 'dlq_origin_partition', schema: { type: 'string', pattern: '^[0-9]+$' }, description: 'Its partition (decimal text).' },
  { name: 'dlq_origin_offset', schema: { type: 'string', pattern: '^[0-9]+$' }, description: 'Its offset (decimal text).' },
  { name: 'dlq_error', schema: { type: 'string', maxLength: 500 }, description: 'Error name and message (at most 500 characters); names fields, never values.' },
  { name: 'dlq_attempts', schema: { type: 'string', pattern: '^[0-9]+$' }, description: 'Handler attempts before dead-lettering; 0 = the message itself was invalid (headers, JSON or schema).' },
];

export const MESSAGE_KEY_DOC = 'The clientId (a random UUID): one client\'s events stay in one partition, in order.';
