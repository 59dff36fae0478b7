import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

export interface OpenApiOptions {
  title?: string;
  description?: string;
  version?: string;
}

/** The name routes refer to in `@ApiBearerAuth(BEARER_AUTH)`; also required globally. */
export const BEARER_AUTH = 'bearer';

/** Swagger UI at /docs, the document at /docs-json; every operation declares bearer auth. */
export function setupOpenApi(app: INestApplication, serviceName: string, options: OpenApiOptions = {}): void {
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
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json', raw: ['json'] });
}
