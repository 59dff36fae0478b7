import { BadRequestException, HttpException, HttpStatus } from '@nestjs/common';

const ENTITY_TAG = /^(?:W\/)?"(\d{1,15})"$/;

/**
 * `If-Match: "<revision>"` (the ETag a read returned) -> the expected stream revision for the
 * command (DESIGN §4). Absent: undefined, or 428 when the route requires it. `*` matches any
 * current revision. Anything else, including a list of tags, is a 400.
 */
export function expectedRevisionFrom(ifMatch: string | undefined, options: { required: boolean }): number | undefined {
  const value = ifMatch?.trim();
  if (!value) {
    if (options.required) {
      throw new HttpException(
        'This change needs If-Match with the ETag of the client as last read (GET /api/v1/clients/:id).',
        HttpStatus.PRECONDITION_REQUIRED,
      );
    }
    return undefined;
  }
  if (value === '*') return undefined;
  const match = ENTITY_TAG.exec(value);
  if (!match) throw new BadRequestException('If-Match must be one entity tag as returned in ETag, e.g. "3".');
  return Number(match[1]);
}

export function etagOf(revision: number): string {
  return `"${revision}"`;
}
