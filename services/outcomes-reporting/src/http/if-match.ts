import { BadRequestException } from '@nestjs/common';

const ENTITY_TAG = /^(?:W\/)?"(\d{1,15})"$/;

/** `If-Match: "<revision>"` -> the expected stream revision (DESIGN §4); absent or `*`: none. */
export function expectedRevisionFrom(ifMatch: string | undefined): number | undefined {
  const value = ifMatch?.trim();
  if (!value || value === '*') return undefined;
  const match = ENTITY_TAG.exec(value);
  if (!match) throw new BadRequestException('If-Match must be one entity tag as returned in ETag, e.g. "3".');
  return Number(match[1]);
}

export function etagOf(revision: number): string {
  return `"${revision}"`;
}
