import { createHash } from 'node:crypto';

/**
 * What makes two requests "the same" for an idempotency key: method, path with query, and the
 * JSON body with object keys sorted (so `{a, b}` and `{b, a}` match). Only the hash is stored:
 * a body may hold personal data.
 */
export function requestFingerprint(method: string, url: string, body: unknown): string {
  return createHash('sha256').update(method.toUpperCase()).update('\u0000').update(url).update('\u0000').update(canonicalJson(body)).digest('hex');
}

/** JSON with object keys in sorted order at every depth; `undefined` members are dropped as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  const entries = Object.keys(value)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}
