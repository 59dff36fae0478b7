import type { JsonSchema } from '../published-schema';

type Node = Readonly<Record<string, unknown>>;

/** A property whose name suggests personal data, with the JSON pointer of its schema. */
export interface PersonalDataField {
  path: string;
  property: string;
  looksLike: string;
}

/**
 * Property names that point at personal data (docs/domain.md#personal-data: none of it travels on Kafka).
 * Matched on whole words of the name (camelCase, snake_case, kebab-case), case-insensitively:
 * `contactEmail` and `street_address` match, `businessName` does not match `ssn`; `name`
 * only matches a property called exactly that.
 *
 * Identifiers are flagged whatever their type (a date of birth has format `date`), except a
 * boolean, which cannot carry one (`hasEmail`). Free-text words are flagged when the field can
 * hold text: not for a boolean or number (`hasEvidence`) nor for a string limited to codes by
 * enum, const, format or pattern (`reason: 'employed' | ...`).
 */
const IDENTIFIERS: readonly { words: readonly string[]; looksLike: string }[] = [
  { words: ['first', 'name'], looksLike: 'a name' },
  { words: ['firstname'], looksLike: 'a name' },
  { words: ['last', 'name'], looksLike: 'a name' },
  { words: ['lastname'], looksLike: 'a name' },
  { words: ['full', 'name'], looksLike: 'a name' },
  { words: ['fullname'], looksLike: 'a name' },
  { words: ['surname'], looksLike: 'a name' },
  { words: ['personal', 'identity', 'code'], looksLike: 'an identity code' },
  { words: ['identity', 'code'], looksLike: 'an identity code' },
  { words: ['hetu'], looksLike: 'an identity code' },
  { words: ['ssn'], looksLike: 'an identity code' },
  { words: ['date', 'of', 'birth'], looksLike: 'a date of birth' },
  { words: ['birth', 'date'], looksLike: 'a date of birth' },
  { words: ['birthdate'], looksLike: 'a date of birth' },
  { words: ['birthday'], looksLike: 'a date of birth' },
  { words: ['dob'], looksLike: 'a date of birth' },
  { words: ['email'], looksLike: 'an email address' },
  { words: ['e', 'mail'], looksLike: 'an email address' },
  { words: ['phone'], looksLike: 'a phone number' },
  { words: ['address'], looksLike: 'an address' },
  { words: ['street'], looksLike: 'an address' },
];

const FREE_TEXT: readonly { words: readonly string[]; looksLike: string }[] = [
  { words: ['notes'], looksLike: 'a free-text note' },
  { words: ['note'], looksLike: 'a free-text note' },
  { words: ['evidence'], looksLike: 'free text' },
  { words: ['description'], looksLike: 'free text' },
  { words: ['motivation'], looksLike: 'free text' },
  { words: ['free', 'text'], looksLike: 'free text' },
  { words: ['freetext'], looksLike: 'free text' },
  { words: ['rationale'], looksLike: 'free text' },
  { words: ['comment'], looksLike: 'free text' },
  { words: ['reason'], looksLike: 'free text' },
];

/** Every property, at any depth, whose name looks like personal data. Empty = clean. */
export function personalDataFields(schema: JsonSchema): PersonalDataField[] {
  const found: PersonalDataField[] = [];
  walk(schema, '', found);
  return found;
}

function walk(node: unknown, path: string, found: PersonalDataField[]): void {
  if (Array.isArray(node)) {
    node.forEach((child, i) => walk(child, `${path}/${i}`, found));
    return;
  }
  if (!isNode(node)) return;
  for (const [keyword, value] of Object.entries(node)) {
    if (keyword === 'properties' && isNode(value)) {
      for (const [property, child] of Object.entries(value)) {
        const at = `${path}/properties/${property}`;
        const looksLike = personalDataKind(property, child);
        if (looksLike) found.push({ path: at, property, looksLike });
        walk(child, at, found);
      }
    } else if (keyword === 'enum' || keyword === 'const' || keyword === 'examples' || keyword === 'default' || keyword === 'required') {
      // Values, not schemas: an enum member called "email" names a channel, not a field.
    } else if (typeof value === 'object' && value !== null) {
      walk(value, `${path}/${keyword}`, found);
    }
  }
}

function personalDataKind(property: string, schema: unknown): string | undefined {
  const words = wordsOf(property);
  if (words.length === 1 && words[0] === 'name' && !isBoolean(schema)) return 'a name';
  const identifier = IDENTIFIERS.find(({ words: run }) => containsRun(words, run));
  if (identifier && !isBoolean(schema)) return identifier.looksLike;
  const freeText = FREE_TEXT.find(({ words: run }) => containsRun(words, run));
  if (freeText && canHoldText(schema)) return freeText.looksLike;
  return undefined;
}

/** `personalIdentityCode` -> personal, identity, code; `date_of_birth` -> date, of, birth. */
export function wordsOf(property: string): string[] {
  return property
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  return words.some((_, start) => run.every((w, i) => words[start + i] === w));
}

function typesOf(schema: Node): unknown[] {
  return Array.isArray(schema.type) ? schema.type.filter((t) => t !== 'null') : [schema.type];
}

function isBoolean(schema: unknown): boolean {
  return isNode(schema) && typesOf(schema).every((t) => t === 'boolean');
}

/** Anything but a boolean, a number or a string restricted to codes could carry a sentence. */
function canHoldText(schema: unknown): boolean {
  if (!isNode(schema)) return true;
  if (schema.enum !== undefined || schema.const !== undefined) return false;
  const types = typesOf(schema);
  if (types.every((t) => t === 'boolean' || t === 'integer' || t === 'number')) return false;
  if (types.every((t) => t === 'string')) return schema.format === undefined && schema.pattern === undefined;
  return true;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
