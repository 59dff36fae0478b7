import { HttpException, HttpStatus } from '@nestjs/common';
import type { Response } from 'express';
import { RequestValidationError } from '../errors/validation';

/**
 * Optimistic concurrency over HTTP, the same in every service: a record's `ETag` is its
 * stream revision (`"3"`), and `If-Match` sends it back as the revision the caller saw.
 *
 * The one rule for If-Match:
 * - absent: no condition (or 428 where the route requires one);
 * - `"3"` or `W/"3"`: the change applies only at revision 3, otherwise 412;
 * - `*`: any current revision of an existing record (RFC 9110 §13.1.1), i.e. no revision check;
 * - anything else (a bare number, a list, garbage): 400 naming the `If-Match` field.
 */
const ENTITY_TAG = /^(?:W\/)?"(\d{1,15})"$/;
export const IF_MATCH_FIELD = 'If-Match';
const IF_MATCH_REASON = 'must be one entity tag as returned in ETag, e.g. "3", or *';

/** The route needs If-Match and the request has none: 428, so lost updates cannot happen by omission. */
export class PreconditionRequiredError extends HttpException {
  constructor(what: string) {
    super(`This change needs If-Match with the ETag of the ${what} as last read.`, HttpStatus.PRECONDITION_REQUIRED);
    this.name = 'PreconditionRequiredError';
  }
}

export interface IfMatchOptions {
  /** 428 when absent. Default false. */
  required?: boolean;
  /** What the ETag belongs to, for the 428 message ("client", "profile"). */
  what?: string;
}

/** `If-Match` header -> the expected stream revision for the command side (undefined: no condition). */
export function expectedRevisionOf(ifMatch: string | string[] | undefined, options: IfMatchOptions = {}): number | undefined {
  const value = (Array.isArray(ifMatch) ? ifMatch.join(', ') : ifMatch)?.trim();
  if (!value) {
    if (options.required) throw new PreconditionRequiredError(options.what ?? 'resource');
    return undefined;
  }
  if (value === '*') return undefined;
  const match = ENTITY_TAG.exec(value);
  if (!match) throw new RequestValidationError([{ field: IF_MATCH_FIELD, reason: IF_MATCH_REASON }]);
  return Number(match[1]);
}

/** The entity tag of a stream revision: `"3"`. */
export function etagOf(revision: number): string {
  return `"${revision}"`;
}

/** Sets `ETag` to the record's revision after a read or a change. */
export function setETag(response: Pick<Response, 'setHeader'>, revision: number): void {
  response.setHeader('ETag', etagOf(revision));
}
