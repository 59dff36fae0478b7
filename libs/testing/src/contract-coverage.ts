import { SCHEMAS_BY_PRODUCER, type IntegrationEvent, type JsonSchema, type Producer } from '@career/contracts';

/**
 * Every field path a JSON Schema declares: `entry.gender`, `skills[].label`. Branches of
 * oneOf/anyOf/allOf count as the union of their fields.
 */
export function declaredFields(schema: JsonSchema, prefix = ''): string[] {
  const fields = new Set<string>();
  const walk = (node: JsonSchema | undefined, path: string): void => {
    if (!node || typeof node !== 'object') return;
    const properties = node.properties as Record<string, JsonSchema> | undefined;
    for (const [name, child] of Object.entries(properties ?? {})) {
      const childPath = path ? `${path}.${name}` : name;
      fields.add(childPath);
      walk(child, childPath);
    }
    if (node.items && typeof node.items === 'object') walk(node.items as JsonSchema, `${path}[]`);
    for (const keyword of ['oneOf', 'anyOf', 'allOf'] as const) {
      for (const branch of (node[keyword] as JsonSchema[] | undefined) ?? []) walk(branch, path);
    }
  };
  walk(schema, prefix);
  return [...fields];
}

/** The field paths present (not undefined) in a payload, in the notation of declaredFields. */
export function producedFields(data: unknown): Set<string> {
  const fields = new Set<string>();
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item, `${path}[]`);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const [name, child] of Object.entries(value)) {
      if (child === undefined) continue;
      const childPath = path ? `${path}.${name}` : name;
      fields.add(childPath);
      walk(child, childPath);
    }
  };
  walk(data, '');
  return fields;
}

/**
 * The fields a producer's contracts declare that none of `published` carries, as
 * `Type.v<version>: path`, plus `Type.v<version>` for an event never published at all. A
 * producer test feeds its mapping every kind of domain event and expects [] (a declared field
 * nobody produces is a promise consumers cannot rely on).
 */
export function unproducedFields(producer: Producer, published: readonly IntegrationEvent[], options: { ignore?: readonly string[] } = {}): string[] {
  const missing: string[] = [];
  for (const { type, version, schema } of SCHEMAS_BY_PRODUCER[producer]) {
    const key = `${type}.v${version}`;
    if (options.ignore?.includes(key)) continue;
    const events = published.filter((event) => event.type === type && event.version === version);
    if (events.length === 0) {
      missing.push(key);
      continue;
    }
    const produced = new Set(events.flatMap((event) => [...producedFields(event.data)]));
    for (const field of declaredFields(schema)) if (!produced.has(field) && !options.ignore?.includes(`${key}: ${field}`)) missing.push(`${key}: ${field}`);
  }
  return missing;
}
