import type { RequestHandler } from 'express';
import { RequestValidationError } from './validation';

/**
 * How deep a JSON body may nest. The deepest DTO is about 5 levels; 32 leaves room for any
 * honest client. Deeper bodies are refused before validation, because class-transformer and
 * class-validator walk them recursively: a 8 KB body nested 4,000 levels deep otherwise
 * exhausts the call stack (a 500 on every route).
 */
export const MAX_JSON_DEPTH = 32;

/** The nesting depth of a parsed JSON value (a scalar is 0), counted without recursion; stops counting past `limit`. */
export function jsonDepth(value: unknown, limit = Number.POSITIVE_INFINITY): number {
  let deepest = 0;
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    const here = depth + 1;
    if (here > deepest) deepest = here;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(current) ? current : Object.values(current)) stack.push({ value: child, depth: here });
  }
  return deepest;
}

/** Placed right after the JSON body parser: a body nested deeper than MAX_JSON_DEPTH is a 400 naming `body`. */
export const jsonDepthLimit: RequestHandler = (request, _response, next) => {
  if (jsonDepth(request.body, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    return next(new RequestValidationError([{ field: 'body', reason: `must not nest more than ${MAX_JSON_DEPTH} levels deep` }]));
  }
  return next();
};
