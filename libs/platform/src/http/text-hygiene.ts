import type { RequestHandler } from 'express';
import { ValidateBy, type ValidationOptions } from 'class-validator';
import { RequestValidationError } from '../errors/validation';
import type { FieldError } from '../errors/problem-details';

/**
 * Text no one types: C0 controls other than tab, line feed and carriage return (NUL, ESC...),
 * DEL and the C1 controls, and the bidirectional embedding, override and isolate controls
 * (U+202A-U+202E, U+2066-U+2069) that make stored text display as something else ("Trojan
 * Source"). Lone surrogates are checked separately.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** What a single-line field (a name, a title, a code) also refuses: tab and line breaks. */
const LINE_BREAKS = /[\t\n\r\u2028\u2029\u0085]/;

/** Why `value` is not acceptable text, or undefined when it is. */
export function textProblem(value: string, options: { singleLine?: boolean } = {}): string | undefined {
  if (LONE_SURROGATE.test(value)) return 'must not contain unpaired surrogate code units';
  if (FORBIDDEN.test(value)) return 'must not contain control characters or bidirectional overrides';
  if (options.singleLine && LINE_BREAKS.test(value)) return 'must be a single line (no tabs or line breaks)';
  return undefined;
}

const MAX_REPORTED = 20;

/**
 * Every string of a request body and query, at any depth, checked before validation: one rule
 * for every service and every field, so no DTO can forget it. Free text keeps its line breaks;
 * single-line fields refuse them with `@SingleLine()` on the DTO.
 */
export const textHygiene: RequestHandler = (request, _response, next) => {
  const errors: FieldError[] = [];
  for (const [root, value] of [['', request.body], ['query', request.query]] as const) {
    const stack: { value: unknown; path: string }[] = [{ value, path: root }];
    while (stack.length > 0 && errors.length < MAX_REPORTED) {
      const { value: current, path } = stack.pop()!;
      if (typeof current === 'string') {
        const reason = textProblem(current);
        if (reason) errors.push({ field: path || 'body', reason });
      } else if (current !== null && typeof current === 'object') {
        for (const [key, child] of Object.entries(current)) {
          const keyReason = textProblem(key);
          if (keyReason) errors.push({ field: path || 'body', reason: `property names ${keyReason.replace(/^must/, 'must')}` });
          stack.push({ value: child, path: path ? `${path}.${key}` : key });
        }
      }
    }
  }
  return errors.length > 0 ? next(new RequestValidationError(errors)) : next();
};

/** A DTO field that is one line of text: a name, a title, a label. */
export function SingleLine(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'singleLine',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || textProblem(value, { singleLine: true }) === undefined,
        defaultMessage: () => 'must be a single line (no tabs or line breaks)',
      },
    },
    options,
  );
}
