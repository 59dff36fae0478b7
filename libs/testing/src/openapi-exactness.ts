import { buildOpenApiDocument, createServiceApp, type BootstrapServiceOptions, type BaseServiceConfig } from '@career/platform';
import type { OpenAPIObject } from '@nestjs/swagger';

/**
 * A service's OpenAPI document as /docs-json serves it, read from its modules in Nest's preview
 * mode: nothing is instantiated or connected, so a unit test can check it without any server.
 */
export async function openApiDocumentOf<C extends BaseServiceConfig>(options: Pick<BootstrapServiceOptions<C>, 'name' | 'rootModule' | 'config'>): Promise<OpenAPIObject> {
  const app = await createServiceApp({ ...options, defaultPort: 0, env: {}, handleSignals: false, preview: true });
  try {
    return buildOpenApiDocument(app, options.name);
  } finally {
    await app.close();
  }
}

type Schema = Record<string, unknown>;
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
const TYPED = ['type', '$ref', 'enum', 'const', 'oneOf', 'anyOf', 'allOf'];

/**
 * What makes a document looser than the service (docs/architecture.md#conventions, HTTP): a
 * path parameter not declared, a parameter or body property without a type, an object without
 * its shape (`type: object` and nothing else), an array without typed items, and in a request
 * body an object open to unknown properties, a string without any limit (maxLength, pattern,
 * format or enum) or a number without a maximum; an error response without its schema. Each
 * problem names the operation and the place.
 */
export function openApiProblems(document: OpenAPIObject): string[] {
  const problems: string[] = [];
  const components = (document.components?.schemas ?? {}) as Record<string, Schema>;
  const resolve = (schema: Schema | undefined): Schema | undefined => {
    const ref = schema?.$ref;
    return typeof ref === 'string' ? components[ref.replace('#/components/schemas/', '')] : schema;
  };
  const checkSchema = (where: string, schema: Schema | undefined, request: boolean, trail: Set<Schema>): void => {
    const node = resolve(schema);
    if (!node) return void problems.push(`${where}: no schema`);
    if (trail.has(node)) return;
    trail = new Set(trail).add(node);
    if (!TYPED.some((key) => key in node)) return void problems.push(`${where}: untyped`);
    for (const key of ['oneOf', 'anyOf', 'allOf']) (node[key] as Schema[] | undefined)?.forEach((child, i) => checkSchema(`${where}.${key}[${i}]`, child, request, trail));
    const types = ([] as unknown[]).concat(node.type ?? []);
    if (types.includes('object')) {
      const properties = node.properties as Record<string, Schema> | undefined;
      const composed = ['allOf', 'oneOf', 'anyOf'].some((key) => key in node);
      if (!properties && !composed && (node.additionalProperties === undefined || node.additionalProperties === true)) problems.push(`${where}: an object without its properties`);
      if (request && properties && node.additionalProperties !== false) problems.push(`${where}: open to unknown properties`);
      for (const [name, child] of Object.entries(properties ?? {})) checkSchema(`${where}.${name}`, child, request, trail);
      if (node.additionalProperties && typeof node.additionalProperties === 'object') checkSchema(`${where}.*`, node.additionalProperties as Schema, request, trail);
    }
    if (types.includes('array')) checkSchema(`${where}[]`, node.items as Schema | undefined, request, trail);
    if (!request) return;
    if (types.includes('string') && !['maxLength', 'pattern', 'format', 'enum', 'const'].some((key) => key in node)) problems.push(`${where}: a string without a limit`);
    if ((types.includes('integer') || types.includes('number')) && !('maximum' in node || 'enum' in node)) problems.push(`${where}: a number without a maximum`);
  };
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = (
        item as Record<string, { parameters?: Schema[]; requestBody?: { content?: Record<string, { schema?: Schema }> }; responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> }>
      )[method];
      if (!operation) continue;
      const name = `${method.toUpperCase()} ${path}`;
      const parameters = operation.parameters ?? [];
      for (const placeholder of path.matchAll(/\{([^}]+)\}/g)) {
        const declared = parameters.find((p) => p.in === 'path' && p.name === placeholder[1]);
        if (!declared) problems.push(`${name}: path parameter ${placeholder[1]} not declared`);
        else if (declared.required !== true) problems.push(`${name}: path parameter ${placeholder[1]} not required`);
      }
      // Parameters: typed (their bounds are checked by the validation; a body states them too).
      for (const parameter of parameters) checkSchema(`${name} ${parameter.in} ${parameter.name}`, parameter.schema as Schema | undefined, false, new Set());
      for (const [type, media] of Object.entries(operation.requestBody?.content ?? {})) checkSchema(`${name} body (${type})`, media.schema, true, new Set());
      // Error answers are problem+json: a client and the fuzzer's response check rely on their shape.
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        if (/^[45]\d\d$/.test(status) && !Object.values(response.content ?? {}).some((media) => media.schema)) problems.push(`${name}: response ${status} without a schema`);
      }
    }
  }
  return problems;
}
