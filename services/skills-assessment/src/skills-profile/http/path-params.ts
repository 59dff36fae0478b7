import { ParseUUIDPipe } from '@nestjs/common';
import { RequestValidationError } from '@career/platform';

/** `:clientId` must be a UUID; a 400 names the field like every other validation failure. */
export const clientIdPipe = new ParseUUIDPipe({ exceptionFactory: () => new RequestValidationError([{ field: 'clientId', reason: 'must be a UUID' }]) });

const ENTRY_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** `:skillId` and the other entry ids in paths: refused with a 400 naming the field before anything is read. */
export function entryIdOf(field: string, value: string): string {
  if (!ENTRY_ID.test(value)) throw new RequestValidationError([{ field, reason: 'must be 1-100 letters, digits, dots, dashes or underscores' }]);
  return value;
}
