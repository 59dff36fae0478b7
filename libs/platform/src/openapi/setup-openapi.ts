import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { declareProblemResponses } from './problem-responses';
import { closeRequestSchemas } from './strict-request-schemas';

export interface OpenApiOptions {
  title?: string;
  description?: string;
  version?: string;
}

/** The name routes refer to in `@ApiBearerAuth(BEARER_AUTH)`; also required globally. */
export const BEARER_AUTH = 'bearer';

/**
 * The service's OpenAPI document: every operation declares bearer auth, every request body
 * schema is closed (`additionalProperties: false`), as the validation pipe is
 * (`forbidNonWhitelisted`: an unknown property is a 400), and error answers are declared as the
 * problem+json they are.
 */
export function buildOpenApiDocument(app: INestApplication, serviceName: string, options: OpenApiOptions = {}): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(options.title ?? serviceName)
      .setDescription(options.description ?? `The ${serviceName} service of the career-guidance backend.`)
      .setVersion(options.version ?? '1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER_AUTH)
      .addSecurityRequirements(BEARER_AUTH)
      .build(),
  );
  return declareProblemResponses(closeRequestSchemas(document));
}

/** Swagger UI at /docs, the document at /docs-json. */
export function setupOpenApi(app: INestApplication, serviceName: string, options: OpenApiOptions = {}): void {
  SwaggerModule.setup('docs', app, buildOpenApiDocument(app, serviceName, options), { jsonDocumentUrl: 'docs-json', raw: ['json'] });
}
