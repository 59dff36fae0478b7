import type { OpenAPIObject } from '@nestjs/swagger';

type Schema = Record<string, unknown>;

const refName = (ref: unknown) => (typeof ref === 'string' && ref.startsWith('#/components/schemas/') ? ref.slice('#/components/schemas/'.length) : undefined);

/**
 * Marks every object schema a request body can reach as closed (`additionalProperties: false`)
 * unless it says otherwise: the validation pipe refuses unknown properties at every depth
 * (`whitelist` + `forbidNonWhitelisted`, docs/architecture.md#conventions), so the document
 * says what the service does. Response schemas are left open.
 */
export function closeRequestSchemas(document: OpenAPIObject): OpenAPIObject {
  const components = (document.components?.schemas ?? {}) as Record<string, Schema>;
  const seen = new Set<Schema>();
  const close = (schema: unknown): void => {
    if (!schema || typeof schema !== 'object' || seen.has(schema as Schema)) return;
    const node = schema as Schema;
    seen.add(node);
    const name = refName(node.$ref);
    if (name) return close(components[name]);
    if (node.properties && node.additionalProperties === undefined) node.additionalProperties = false;
    for (const child of Object.values((node.properties ?? {}) as Record<string, unknown>)) close(child);
    for (const key of ['items', 'additionalProperties', 'not']) close(node[key]);
    for (const key of ['allOf', 'oneOf', 'anyOf']) for (const child of (node[key] as unknown[] | undefined) ?? []) close(child);
  };
  for (const item of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(item as Record<string, { requestBody?: { content?: Record<string, { schema?: unknown }> } }>)) {
      for (const media of Object.values(operation?.requestBody?.content ?? {})) close(media.schema);
    }
  }
  return document;
}
