/**
 * Small readers for the JSON other services return: they take what this service needs and
 * say which field is wrong (never its value) when the answer does not fit.
 */
export class AnswerShapeError extends Error {
  constructor(readonly field: string) {
    super(`unexpected value in field ${field}`);
    this.name = 'AnswerShapeError';
  }
}

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function objectAt(value: unknown, field: string): Json {
  if (!isObject(value)) throw new AnswerShapeError(field);
  return value;
}

export function requiredText(object: Json, key: string, field = key): string {
  const value = object[key];
  if (typeof value !== 'string' || value.trim() === '') throw new AnswerShapeError(field);
  return value;
}

/** Absent, null or blank -> undefined. Anything but text (e.g. an erased field's marker) -> undefined too. */
export function optionalText(object: Json, key: string): string | undefined {
  const value = object[key];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export function requiredInteger(object: Json, key: string, field = key, min = Number.MIN_SAFE_INTEGER): number {
  const value = object[key];
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) throw new AnswerShapeError(field);
  return value;
}

export function optionalInteger(object: Json, key: string, field = key): number | undefined {
  const value = object[key];
  if (value === undefined || value === null) return undefined;
  return requiredInteger(object, key, field);
}

export function oneOf<T extends string>(object: Json, key: string, allowed: readonly T[], field = key): T {
  const value = object[key];
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) throw new AnswerShapeError(field);
  return value as T;
}

export function arrayAt(object: Json, key: string, field = key): unknown[] {
  const value = object[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new AnswerShapeError(field);
  return value;
}
