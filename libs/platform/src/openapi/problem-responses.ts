import type { OpenAPIObject } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '../errors/problem-details';

/** RFC 9457 problem details as every service answers an error (errors/problem-details.ts). */
const PROBLEM_SCHEMA = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'instance'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string' },
    instance: { type: 'string' },
    code: { type: 'string', description: 'The refusal code of the service catalogue, e.g. CLIENT.NOT_FOUND' },
    errors: {
      type: 'array',
      description: 'One entry per field that failed validation (nested fields dotted)',
      items: { type: 'object', required: ['field', 'reason'], properties: { field: { type: 'string' }, reason: { type: 'string' } } },
    },
    requestId: { type: 'string' },
  },
};

/** What any operation that needs a token may answer, whatever it declares itself. */
const ANY_AUTHENTICATED: Record<string, string> = {
  '400': 'Invalid input: `errors` names each field and why.',
  '401': 'No valid bearer token.',
  '403': 'The role may not call this operation.',
  '429': 'Too many requests for this token; see Retry-After.',
};

type Responses = Record<string, { description?: string; content?: Record<string, unknown> }>;

/**
 * Declares the error answers as they are (docs/architecture.md#conventions, HTTP): every 4xx and
 * 5xx an operation declares, and the 400/401/403/429 any authenticated operation may give, as
 * `application/problem+json` with the Problem schema, so a client (and the fuzzer's response
 * check) can rely on the shape.
 */
export function declareProblemResponses(document: OpenAPIObject): OpenAPIObject {
  document.components = { ...document.components, schemas: { ...document.components?.schemas, Problem: PROBLEM_SCHEMA as never } };
  const problem = { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } };
  for (const item of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(item as Record<string, { responses?: Responses; security?: unknown[] }>)) {
      if (!operation || typeof operation !== 'object' || !operation.responses) continue;
      const open = Array.isArray(operation.security) && operation.security.length === 0;
      if (!open) for (const [status, description] of Object.entries(ANY_AUTHENTICATED)) operation.responses[status] ??= { description };
      for (const [status, response] of Object.entries(operation.responses)) {
        if (/^[45]\d\d$/.test(status) && !response.content) response.content = problem;
      }
    }
  }
  return document;
}
