import { Transform } from 'class-transformer';
import { IsUrl } from 'class-validator';

/**
 * `true`/`false`/`1`/`0`/`yes`/`no` -> boolean. Anything else is left as the raw string so
 * `@IsBoolean()` rejects it (implicit conversion would turn every non-empty string into true).
 */
export function EnvBoolean(): PropertyDecorator {
  return Transform(({ obj, key, value }: { obj: Record<string, unknown>; key: string; value: unknown }) => {
    const raw = obj[key];
    if (typeof raw !== 'string') return value;
    const normalised = raw.trim().toLowerCase();
    if (['true', '1', 'yes'].includes(normalised)) return true;
    if (['false', '0', 'no'].includes(normalised)) return false;
    return raw;
  });
}

/** `a, b,c` -> `['a', 'b', 'c']` (empty items dropped). */
export function EnvList(): PropertyDecorator {
  return Transform(({ obj, key, value }: { obj: Record<string, unknown>; key: string; value: unknown }) => {
    const raw = obj[key];
    if (typeof raw !== 'string') return value;
    return raw
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '');
  });
}

/** An http(s) URL (hosts without a top-level domain allowed: `http://client-intake:3001`). */
export function EnvHttpUrl(): PropertyDecorator {
  return IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] }, { message: 'must be an http(s) URL' });
}
