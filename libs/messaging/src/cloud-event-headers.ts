/**
 * CloudEvents 1.0 Kafka protocol binding, binary mode: attributes travel as `ce_`-prefixed
 * headers, the payload is the message value, `datacontenttype` is the `content-type` header.
 */
export const CE_HEADERS = {
  specversion: 'ce_specversion',
  id: 'ce_id',
  source: 'ce_source',
  type: 'ce_type',
  subject: 'ce_subject',
  time: 'ce_time',
  /** Extension attribute: the owning organisation, so consumers can scope without the payload. */
  organisation: 'ce_organisation',
  contentType: 'content-type',
} as const;

export const CE_SPEC_VERSION = '1.0';
export const JSON_CONTENT_TYPE = 'application/json';
