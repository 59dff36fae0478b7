import type { JsonSchema } from '../published-schema';
import { exampleFromPattern } from './example-from-pattern';

type Node = Readonly<Record<string, unknown>>;

/** Fixed values per string format, so generated examples (and the documents) never change. */
const FORMAT_EXAMPLES: Readonly<Record<string, string>> = {
  uuid: '5b0c3f5e-8a3c-4c55-9d3e-6c1c9f0f2a11',
  date: '2026-02-03',
  'date-time': '2026-02-03T09:15:00.000Z',
  time: '09:15:00Z',
  uri: 'https://example.org/resource',
  'uri-reference': '/resource',
  duration: 'P1D',
};

/**
 * A deterministic example of `schema`: every property present (optional ones too, so the
 * example shows them), enums and consts take their first value, numbers their lower bound,
 * strings their format's fixed value, a match of their pattern, or "example" sized to the
 * length bounds. For events without a hand-written example; exampleFor validates the result.
 */
export function exampleFromSchema(schema: JsonSchema): unknown {
  return generate(schema, '#');
}

function generate(node: Node, path: string): unknown {
  if ('const' in node) return node.const;
  if (Array.isArray(node.enum) && node.enum.length > 0) return node.enum[0];
  if (Array.isArray(node.examples) && node.examples.length > 0) return node.examples[0];
  for (const combinator of ['oneOf', 'anyOf'] as const) {
    const options = node[combinator];
    if (Array.isArray(options) && options.length > 0) return generate(options[0] as Node, `${path}/${combinator}/0`);
  }
  if (Array.isArray(node.allOf)) {
    return Object.assign({}, ...node.allOf.map((part, i) => generate(part as Node, `${path}/allOf/${i}`)));
  }
  const type = Array.isArray(node.type) ? node.type.find((t) => t !== 'null') : node.type;
  switch (type) {
    case 'object':
      return objectExample(node, path);
    case 'array': {
      const min = typeof node.minItems === 'number' ? node.minItems : 1;
      const max = typeof node.maxItems === 'number' ? node.maxItems : Infinity;
      const count = Math.min(Math.max(min, 1), max);
      return Array.from({ length: count }, () => generate((node.items ?? {}) as Node, `${path}/items`));
    }
    case 'string':
      return stringExample(node, path);
    case 'integer':
    case 'number':
      return numberExample(node, type);
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      if (node.properties) return objectExample(node, path);
      throw new Error(`cannot generate an example for ${path}: no type, enum or const`);
  }
}

function objectExample(node: Node, path: string): Record<string, unknown> {
  const properties = (node.properties ?? {}) as Record<string, Node>;
  return Object.fromEntries(Object.entries(properties).map(([name, child]) => [name, generate(child, `${path}/properties/${name}`)]));
}

function stringExample(node: Node, path: string): string {
  if (typeof node.format === 'string') {
    const value = FORMAT_EXAMPLES[node.format];
    if (value === undefined) throw new Error(`cannot generate an example for ${path}: unknown format "${node.format}"`);
    return value;
  }
  if (typeof node.pattern === 'string') return exampleFromPattern(node.pattern);
  const min = typeof node.minLength === 'number' ? node.minLength : 0;
  const max = typeof node.maxLength === 'number' ? node.maxLength : Infinity;
  return 'example'.padEnd(min, 'x').slice(0, max);
}

function numberExample(node: Node, type: 'integer' | 'number'): number {
  const step = type === 'integer' ? 1 : 0.5;
  let value =
    typeof node.minimum === 'number' ? node.minimum :
    typeof node.exclusiveMinimum === 'number' ? node.exclusiveMinimum + step : 0;
  if (typeof node.maximum === 'number') value = Math.min(value, node.maximum);
  if (typeof node.exclusiveMaximum === 'number' && value >= node.exclusiveMaximum) value = node.exclusiveMaximum - step;
  return type === 'integer' ? Math.ceil(value) : value;
}
