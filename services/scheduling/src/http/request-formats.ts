import { RequestValidationError } from '@career/platform';
import type { Response } from 'express';

/** ISO 8601 date-time with an explicit offset: a bare local time would be read in the server's zone. */
export const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
export const ISO_INSTANT_MESSAGE = 'must be an ISO 8601 date-time with an offset, e.g. 2026-03-02T10:00:00+02:00';
/** Staff user ids as tokens carry them (`sub`). */
export const USER_ID = /^[A-Za-z0-9._@:-]{1,128}$/;
export const USER_ID_MESSAGE = 'must be a user id (letters, digits, . _ @ : -)';

/** `If-Match: "3"` (or `W/"3"`) -> 3; absent -> undefined; anything else is a 400 naming the header. */
export function expectedRevisionOf(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined || ifMatch.trim() === '') return undefined;
  const match = /^(?:W\/)?"?(\d{1,15})"?$/.exec(ifMatch.trim());
  if (!match) throw new RequestValidationError([{ field: 'If-Match', reason: 'must be the quoted revision from an ETag, e.g. "3"' }]);
  return Number(match[1]);
}

/** `ETag: "<revision>"`: the stream revision, to send back as If-Match. */
export function setRevision(response: Response, revision: number): void {
  response.setHeader('ETag', `"${revision}"`);
}
