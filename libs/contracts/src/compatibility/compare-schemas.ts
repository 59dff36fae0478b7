import { isDeepStrictEqual } from 'node:util';
import type { JsonSchema } from '../published-schema';

type Node = Readonly<Record<string, unknown>>;

export type ChangeKind =
  | 'field-removed'
  | 'required-field-added'
  | 'field-made-required'
  | 'field-made-optional'
  | 'type-changed'
  | 'format-changed'
  | 'enum-changed'
  | 'constraint-changed'
  | 'additional-properties-changed'
  | 'nullable-changed'
  | 'schema-changed';

/** One change that needs a new version; `path` is a JSON pointer into the released schema. */
export interface BreakingChange {
  path: string;
  kind: ChangeKind;
  detail: string;
}

/**
 * Keywords that only document: editing them keeps the version. Everything else is meaning.
 */
const ANNOTATIONS = new Set(['title', 'description', 'examples', '$comment', 'deprecated']);

const CONSTRAINTS = new Set([
  'minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf',
  'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties', 'const',
]);

/** Keywords whose values are subschemas, compared recursively rather than as a whole. */
const SUBSCHEMA_KEYWORDS = new Set(['properties', 'required', 'items']);

/**
 * The changes from `released` to `current` that a consumer could trip over. The rule of the
 * contracts: adding an OPTIONAL field and editing annotations keep the version; anything else
 * (removing or renaming a field, adding a required one, a type, format, enum or constraint
 * change in either direction, additionalProperties, nullability) is a new version. Widening
 * counts too: a consumer's exhaustive switch over an enum breaks on a value it never saw.
 */
export function breakingChanges(released: JsonSchema, current: JsonSchema): BreakingChange[] {
  const changes: BreakingChange[] = [];
  compareNode(released, current, '', changes);
  return changes;
}

function compareNode(before: Node, after: Node, path: string, changes: BreakingChange[]): void {
  compareProperties(before, after, path, changes);
  if (isSchema(before.items) && isSchema(after.items)) compareNode(before.items, after.items, `${path}/items`, changes);
  else if (!isDeepStrictEqual(stripAnnotations(before.items), stripAnnotations(after.items))) {
    changes.push({ path: `${path}/items`, kind: 'schema-changed', detail: 'array items changed' });
  }

  const keywords = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const keyword of keywords) {
    if (ANNOTATIONS.has(keyword) || SUBSCHEMA_KEYWORDS.has(keyword)) continue;
    const was = before[keyword];
    const is = after[keyword];
    if (isDeepStrictEqual(stripAnnotations(was), stripAnnotations(is))) continue;
    if (keyword === 'enum' && sameMembers(was, is)) continue; // order carries no meaning
    const at = `${path}/${keyword}`;
    if (keyword === 'type') changes.push({ path: at, kind: 'type-changed', detail: `${show(was)} -> ${show(is)}` });
    else if (keyword === 'format') changes.push({ path: at, kind: 'format-changed', detail: `${show(was)} -> ${show(is)}` });
    else if (keyword === 'enum') changes.push({ path: at, kind: 'enum-changed', detail: enumDetail(was, is) });
    else if (keyword === 'additionalProperties') changes.push({ path: at, kind: 'additional-properties-changed', detail: `${show(was)} -> ${show(is)}` });
    else if (keyword === 'nullable') changes.push({ path: at, kind: 'nullable-changed', detail: `${show(was)} -> ${show(is)}` });
    else if (CONSTRAINTS.has(keyword)) changes.push({ path: at, kind: 'constraint-changed', detail: `${keyword} ${show(was)} -> ${show(is)}` });
    else changes.push({ path: at, kind: 'schema-changed', detail: `${keyword} changed` });
  }
}

function compareProperties(before: Node, after: Node, path: string, changes: BreakingChange[]): void {
  const was = (before.properties ?? {}) as Record<string, Node>;
  const is = (after.properties ?? {}) as Record<string, Node>;
  const requiredBefore = new Set(asStrings(before.required));
  const requiredAfter = new Set(asStrings(after.required));
  for (const [name, schema] of Object.entries(was)) {
    const at = `${path}/properties/${name}`;
    if (!(name in is)) {
      changes.push({ path: at, kind: 'field-removed', detail: `field "${name}" removed` });
      continue;
    }
    if (requiredBefore.has(name) && !requiredAfter.has(name)) changes.push({ path: at, kind: 'field-made-optional', detail: `"${name}" no longer required` });
    if (!requiredBefore.has(name) && requiredAfter.has(name)) changes.push({ path: at, kind: 'field-made-required', detail: `"${name}" now required` });
    compareNode(schema, is[name], at, changes);
  }
  for (const name of Object.keys(is)) {
    if (!(name in was) && requiredAfter.has(name)) {
      changes.push({ path: `${path}/properties/${name}`, kind: 'required-field-added', detail: `required field "${name}" added` });
    }
  }
  // `required` naming a field that is not a property (nor was): still a change of meaning.
  for (const name of requiredAfter) {
    if (!(name in is) && !requiredBefore.has(name)) changes.push({ path: `${path}/required`, kind: 'required-field-added', detail: `"${name}" required` });
  }
  for (const name of requiredBefore) {
    if (!(name in was) && !requiredAfter.has(name)) changes.push({ path: `${path}/required`, kind: 'field-made-optional', detail: `"${name}" no longer required` });
  }
}

function isSchema(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Annotations at any depth, so e.g. an edited description inside an enum's subschema is not a change. */
function stripAnnotations(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripAnnotations);
  if (!isSchema(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => !ANNOTATIONS.has(k)).map(([k, v]) => [k, stripAnnotations(v)]));
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function enumDetail(was: unknown, is: unknown): string {
  const before = Array.isArray(was) ? was : [];
  const after = Array.isArray(is) ? is : [];
  const removed = before.filter((v) => !after.some((w) => isDeepStrictEqual(v, w)));
  const added = after.filter((v) => !before.some((w) => isDeepStrictEqual(v, w)));
  const parts = [
    ...(was === undefined ? ['enum added'] : is === undefined ? ['enum removed'] : []),
    ...(removed.length && is !== undefined ? [`narrowed: ${removed.map(show).join(', ')} removed`] : []),
    ...(added.length && was !== undefined ? [`widened: ${added.map(show).join(', ')} added`] : []),
  ];
  return parts.join('; ');
}

function sameMembers(was: unknown, is: unknown): boolean {
  if (!Array.isArray(was) || !Array.isArray(is) || was.length !== is.length) return false;
  return was.every((v) => is.some((w) => isDeepStrictEqual(v, w)));
}

function show(value: unknown): string {
  return value === undefined ? '(none)' : JSON.stringify(value);
}
