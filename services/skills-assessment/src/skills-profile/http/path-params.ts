import { createHash, randomUUID } from 'node:crypto';
import { ParseUUIDPipe } from '@nestjs/common';
import { RequestValidationError } from '@career/platform';
import type { Response } from 'express';

/** `:clientId` must be a UUID; a 400 names the field like every other validation failure. */
export const clientIdPipe = new ParseUUIDPipe({ exceptionFactory: () => new RequestValidationError([{ field: 'clientId', reason: 'must be a UUID' }]) });

/** `If-Match: "<revision>"` (also W/"n" or a bare number) -> the expected revision; absent -> undefined. */
export function expectedRevisionOf(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined) return undefined;
  const match = /^\s*(?:W\/)?"?(-1|\d{1,15})"?\s*$/.exec(ifMatch);
  if (!match) throw new RequestValidationError([{ field: 'If-Match', reason: 'must be the ETag of the profile, e.g. "3"' }]);
  return Number(match[1]);
}

export function setETag(response: Response, revision: number): void {
  response.setHeader('ETag', `"${revision}"`);
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/**
 * The id of an entry a POST creates. With an `Idempotency-Key` it is derived from the client,
 * the kind of entry and the key, so a retried request names the same entry and is recognised
 * as a repeat (DESIGN §4); without one it is random.
 */
export function newEntryId(clientId: string, kind: string, idempotencyKey: string | undefined): string {
  if (idempotencyKey === undefined) return randomUUID();
  if (!IDEMPOTENCY_KEY.test(idempotencyKey)) {
    throw new RequestValidationError([{ field: 'Idempotency-Key', reason: 'must be 1-200 visible ASCII characters' }]);
  }
  const hash = createHash('sha256').update(`${clientId}\n${kind}\n${idempotencyKey}`).digest('hex');
  // Laid out as an RFC 9562 version 8 (custom) UUID.
  return `${hash.slice(0, 8)}-${hash.slice(8, 12)}-8${hash.slice(13, 16)}-${((parseInt(hash[16], 16) & 0x3) | 0x8).toString(16)}${hash.slice(17, 20)}-${hash.slice(20, 32)}`;
}

const ENTRY_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** `:skillId` and the other entry ids in paths: refused with a 400 naming the field before anything is read. */
export function entryIdOf(field: string, value: string): string {
  if (!ENTRY_ID.test(value)) throw new RequestValidationError([{ field, reason: 'must be 1-100 letters, digits, dots, dashes or underscores' }]);
  return value;
}
