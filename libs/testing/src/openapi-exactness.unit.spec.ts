import type { OpenAPIObject } from '@nestjs/swagger';
import { openApiProblems } from './openapi-exactness';

const documentWith = (paths: Record<string, unknown>, schemas: Record<string, unknown> = {}) =>
  ({ openapi: '3.0.0', info: { title: 't', version: '1' }, paths, components: { schemas } }) as unknown as OpenAPIObject;

describe('openApiProblems', () => {
  it('finds an undeclared path parameter, an untyped or shapeless body field, an open request object and unbounded fields', () => {
    const body = { content: { 'application/json': { schema: { $ref: '#/components/schemas/AddSkillDto' } } } };
    const document = documentWith(
      {
        '/api/v1/profiles/{clientId}/skills/{skillId}': {
          post: {
            parameters: [{ in: 'path', name: 'clientId', required: true, schema: { type: 'string', format: 'uuid' } }],
            requestBody: body,
            responses: { '201': { description: 'created' }, '404': { description: 'no such client' } },
          },
        },
      },
      {
        AddSkillDto: {
          type: 'object',
          properties: {
            label: { type: 'string' },
            proficiency: { type: 'object' },
            evidence: { description: 'no type' },
            years: { type: 'integer', minimum: 0 },
            tags: { type: 'array' },
          },
        },
      },
    );
    expect(openApiProblems(document)).toEqual([
      'POST /api/v1/profiles/{clientId}/skills/{skillId}: path parameter skillId not declared',
      'POST /api/v1/profiles/{clientId}/skills/{skillId} body (application/json): open to unknown properties',
      'POST /api/v1/profiles/{clientId}/skills/{skillId} body (application/json).label: a string without a limit',
      'POST /api/v1/profiles/{clientId}/skills/{skillId} body (application/json).proficiency: an object without its properties',
      'POST /api/v1/profiles/{clientId}/skills/{skillId} body (application/json).evidence: untyped',
      'POST /api/v1/profiles/{clientId}/skills/{skillId} body (application/json).years: a number without a maximum',
      'POST /api/v1/profiles/{clientId}/skills/{skillId} body (application/json).tags[]: no schema',
      'POST /api/v1/profiles/{clientId}/skills/{skillId}: response 404 without a schema',
    ]);
  });

  it('accepts an exact document', () => {
    const document = documentWith({
      '/api/v1/profiles/{clientId}': {
        post: {
          parameters: [{ in: 'path', name: 'clientId', required: true, schema: { type: 'string', format: 'uuid' } }],
          requestBody: { content: { 'application/json': { schema: { type: 'object', additionalProperties: false, properties: { label: { type: 'string', maxLength: 200 }, level: { type: 'integer', maximum: 5 } } } } } },
        },
      },
    });
    expect(openApiProblems(document)).toEqual([]);
  });
});
